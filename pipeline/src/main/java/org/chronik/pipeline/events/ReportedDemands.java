package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.chronik.model.Span;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * A demand told as what someone else must do, in reported speech: "Der Iran müsse die Anreicherung
 * beenden, sagte Rice" is the speaker's demand (CAMEO 100) of the modal clause's subject. The modal's
 * form is a `REPORTED_DEMAND` word of grammar.tsv (the subjunctive "müsse", "solle"); the speaker is the
 * quotation's (the quotes layer's), never a news medium, and needs a country. No demand when the clause
 * is negated ("müsse nicht"), asked, passive (its subject is the thing, not the one who must act), or
 * when its subject is of the speaker's own country ("Deutschland müsse mehr tun, sagte Merkel"; "man",
 * "wir" stand for the speaker): a statement of own policy.
 */
final class ReportedDemands {
  private static final String MEDIA = "MED";
  private static final List<Slot> SUBJECT = List.of(Slot.parse("nsubj"));
  /** The act these clauses tell: a demand, its code and id fixed here (no trigger word of its own). */
  static final EventRule RULE = new EventRule("10.x.reported.demand", EventRule.Kind.VERB, Set.of(), Set.of(), Set.of(),
      Set.of(), Set.of(), Set.of(), false, false, List.of(), SUBJECT, "100", List.of(), List.of(), "ReportedDemands");

  /** One demand: the modal word, the speaker and the one who must act. */
  record Demand(int modal, Arg speaker, Arg target) {}

  private ReportedDemands() {}

  static List<Demand> find(SentenceView s, ArgumentFinder finder, ClauseNegation negation, List<Quote> quotes) {
    List<Demand> out = new ArrayList<>();
    if (s.size() == 0 || s.word(s.size() - 1).equals("?")) {
      return out; // a question demands nothing
    }
    for (int m = 0; m < s.size(); m++) {
      int verb = s.head(m);
      if (verb < 0 || !s.baseRel(m).equals("aux") || !s.grammar().is(EventGrammar.Kind.REPORTED_DEMAND, s.word(m))) {
        continue;
      }
      if (s.isPassive(verb) || negation.below(s, verb) || negation.objectNegated(s, verb)) {
        continue;
      }
      Quote quote = quoteOf(s, m, quotes);
      if (quote == null) {
        continue;
      }
      boolean here = quote.speakerSpan() != null && s.sentence.span().contains(quote.speakerSpan());
      Arg speaker = new Arg(quote.speaker(), -1, here ? ArgumentSource.SENTENCE : ArgumentSource.ANTECEDENT);
      for (Arg target : finder.find(s, verb, -1, SUBJECT, true)) {
        if (target.actor().country() != null && !Objects.equals(target.actor().country(), speaker.actor().country())) {
          out.add(new Demand(m, speaker, target));
        }
      }
    }
    return out;
  }

  /**
   * The quotation the word stands in, or a partial one of its sentence whose cue the sentence holds (the
   * quoted words taken from a reported clause: "Der Iran müsse „vollständig“ … beenden, so Rice"), when its
   * speaker has a country and is no news medium.
   */
  private static Quote quoteOf(SentenceView s, int word, List<Quote> quotes) {
    Span at = s.token(word).span();
    Span sentence = s.sentence.span();
    for (Quote q : quotes) {
      boolean inside = q.span().contains(at) && (q.speakerSpan() == null || !q.speakerSpan().contains(at));
      boolean partial = q.type() == QuoteType.PARTIAL && q.cue() != null && sentence.contains(q.cue()) && sentence.contains(q.span())
          && !q.span().contains(at);
      if ((inside || partial) && q.speaker() != null && q.speaker().country() != null && !MEDIA.equals(q.speaker().sector())) {
        return q;
      }
    }
    return null;
  }
}
