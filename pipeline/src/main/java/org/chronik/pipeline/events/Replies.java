package org.chronik.pipeline.events;

import java.util.List;
import java.util.function.IntFunction;
import org.chronik.model.ActorRef;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.chronik.model.Span;

/**
 * Answers that name nothing they answer (lang/de/events/README.md "Who acts in the scene"): a RESPONSE
 * verb of anaphors.tsv answers what was said or done before ("Berlin lehnte ab"); a REPLY verb answers
 * words, and when no one acted just before, it is addressed to the speaker of the last quotation before
 * it ("X sagte, … Y entgegnete, …"). One per document.
 */
final class Replies {
  private static final String MEDIA = "MED";
  /** How many sentences back the quotation answered may end (as other anaphors). */
  private static final int SENTENCES_BACK = 2;

  private final AnaphorLexicon lexicon;
  private final List<Quote> quotes;
  private final IntFunction<SentenceView> sentences;

  /**
   * @param quotes the document's quotations
   * @param sentences the sentence of an index made available so far, or null
   */
  Replies(AnaphorLexicon lexicon, List<Quote> quotes, IntFunction<SentenceView> sentences) {
    this.lexicon = lexicon;
    this.quotes = quotes;
    this.sentences = sentences;
  }

  /**
   * The verb answers what was said or done before and names nothing it answers ("entgegnete, …",
   * "reagierte gelassen", "lehnte ab"): its lemma, with a separated particle put back, is a RESPONSE of
   * the lexicon, it is active, and it has no object or prepositional phrase but a pronoun ("wies das
   * zurück"): "lehnte die Aufnahme weiterer Flüchtlinge ab" answers whoever proposed it, not the last actor.
   */
  boolean responds(SentenceView s, int verb) {
    String lemma = bareAnswer(s, verb);
    return lemma != null && lexicon.response(lemma);
  }

  /** As {@link #responds}, for a verb that answers words (a REPLY of the lexicon: "entgegnen", "erwidern"). */
  boolean repliesToWords(SentenceView s, int verb) {
    String lemma = bareAnswer(s, verb);
    return lemma != null && lexicon.reply(lemma);
  }

  /**
   * The adverb kind that sets a bare statement against or beside what was said before: CONTRAST for "Der
   * Generalstab erklärte hingegen, …", LIKENESS for "Ebenso äußerte sich die Opposition"; the adverb hangs
   * right on the active verb, which names nothing it is about ({@link #bareAnswer}); else null.
   */
  AnaphorLexicon.Kind statementAdverb(SentenceView s, int verb) {
    if (bareAnswer(s, verb) == null) {
      return null;
    }
    for (int c : s.children(verb)) {
      AnaphorLexicon.Kind k = s.baseRel(c).equals("advmod") ? lexicon.adverb(s.word(c)) : null;
      if (k != null) {
        return k;
      }
    }
    return null;
  }

  /**
   * The speaker a reply at {@code trigger} answers: the speaker of the last quotation that ends before
   * its sentence, in its paragraph and within two sentences, when that speaker has a country, is no news
   * medium and is on no side of the replying {@code sources}; null when the reply itself stands in
   * reported speech (a speaker's own words answer no one named), when the last speaker is the replier,
   * or when that speaker is named only by a pronoun ("Er sagte, …"): a guess of the quotation finder's
   * that would make the reply a second guess.
   */
  ActorRef speaker(SentenceView s, int trigger, int paragraphStart, List<ActorRef> sources) {
    if (inSpeech(s.token(trigger).span())) {
      return null;
    }
    SentenceView first = sentences.apply(Math.max(paragraphStart, s.sentence.index() - SENTENCES_BACK));
    int from = first == null ? s.sentence.span().begin() : first.sentence.span().begin();
    Quote last = null;
    for (Quote q : quotes) {
      boolean before = q.type() != QuoteType.REPORTED && q.span().end() <= s.sentence.span().begin() && q.span().begin() >= from;
      if (before && (last == null || q.span().end() > last.span().end())) {
        last = q;
      }
    }
    ActorRef speaker = last == null || byPronoun(last, s.sentence.index()) ? null : last.speaker();
    boolean fits = speaker != null && speaker.country() != null && !MEDIA.equals(speaker.sector())
        && sources.stream().noneMatch(x -> Sides.same(x, speaker));
    return fits ? speaker : null;
  }

  /**
   * The lemma (particle put back) of an active verb with no object or prepositional phrase but a
   * demonstrative or other non-personal pronoun; else null.
   */
  private String bareAnswer(SentenceView s, int verb) {
    String particle = "";
    for (int c : s.children(verb)) {
      String rel = s.baseRel(c);
      // a pronoun, or a demonstrative the tagger read as a determiner standing alone ("kritisierte dies"); not
      // a personal pronoun the anaphora left unresolved ("unterstützen sie": people, not what was said or done)
      AnaphorLexicon.Entry e = lexicon.pronoun(s.word(c));
      boolean pronoun = (s.upos(c).equals("PRON") || s.upos(c).equals("DET")) && (e == null || e.kind() != AnaphorLexicon.Kind.PRONOUN);
      if ((rel.equals("obj") || rel.equals("iobj") || rel.equals("obl")) && !pronoun) {
        return null;
      }
      particle = s.deprel(c).equals("compound:prt") ? s.word(c) : particle;
    }
    if (s.isPassive(verb)) {
      return null;
    }
    String lemma = s.lemma(verb);
    return lemma != null && !lemma.startsWith(particle) ? particle + lemma : lemma;
  }

  /** The quotation's speaker is read from a pronoun in one of the sentences up to {@code now}. */
  private boolean byPronoun(Quote q, int now) {
    Span named = q.speakerSpan();
    for (int k = Math.max(0, now - SENTENCES_BACK - 1); named != null && k <= now; k++) {
      SentenceView v = sentences.apply(k);
      for (int i = 0; v != null && i < v.size(); i++) {
        if (named.contains(v.token(i).span()) && "PRON".equals(v.upos(i))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The word stands in quoted words or the content of indirect speech (not the speaker's name or the cue). */
  private boolean inSpeech(Span word) {
    return quotes.stream().anyMatch(x -> x.type() != QuoteType.REPORTED && x.span().contains(word)
        && (x.speakerSpan() == null || !x.speakerSpan().contains(word)) && (x.cue() == null || !x.cue().contains(word)));
  }
}
