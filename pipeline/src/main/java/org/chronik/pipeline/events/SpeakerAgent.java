package org.chronik.pipeline.events;

import java.util.List;
import java.util.Locale;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * The speaker as the agent of an agentless passive in his own words (speech18): "Der französische
 * Präsident erklärte, der Einsatz werde bis Dezember befristet", "Die Kommission teilte mit, die
 * Sanktionen gegen Russland würden verlängert" are the speaker's side's decisions. A verb act in the
 * passive without a von/durch agent, inside the content of an indirect or direct quotation whose
 * speaker is a state or an international body ({@code SPEAKER_SECTOR} of grammar.tsv, or a country or
 * IGO), takes that speaker as its source, unless
 * <ul>
 *   <li>the passive tells a deed done ({@code TOLD_DEED}: "worden", "wurde"): "Ein Sprecher der Rebellen
 *       sagte, ihre Stellungen seien bombardiert worden" — a report of what happened, whose teller is
 *       a witness or the victim, not the doer;</li>
 *   <li>the act is one a speaker mostly witnesses or suffers ({@code WITNESSED} code prefixes: coercion
 *       and violence): "die Stadt werde seit Tagen beschossen";</li>
 *   <li>the patient is the speaker's own side or owned by a possessive ("ihre Stellungen", "unsere
 *       Soldaten"): the speaker tells what is done to him;</li>
 *   <li>a target is of the speaker's own side.</li>
 * </ul>
 * The speech verb itself is never read here; the quotation's cue and speaker come from the quotes
 * layer (the one attribution module). "laut X", "nach Angaben X" name whom the news comes from, and a
 * REPORTED or PARTIAL quotation carries no content: neither makes a speaker here. A postposed "so X"
 * ({@code SPEAKING_PHRASE}) stands for a verb of saying; and an agentless passive speech act that is
 * the cue of its own quotation ("Syrien wird aufgefordert, …, so X") is the act of the one the phrase names.
 * Tried after a claim of responsibility next to the act ({@link NeighbourClaims}), before the agents of
 * earlier acts.
 */
final class SpeakerAgent {
  private final NeighbourClaims claims;
  private final List<Quote> quotes;

  SpeakerAgent(NeighbourClaims claims, List<Quote> quotes) {
    this.claims = claims;
    this.quotes = quotes;
  }

  /** A claimant next to the act, else the speaker whose words the passive stands in; null when neither. */
  Discourse.Antecedent agent(SentenceView s, int trigger, String code, int paragraphStart, List<Arg> targets) {
    Discourse.Antecedent claimant = claims.agent(s, trigger, code, paragraphStart, targets);
    if (claimant != null || !s.isVerbal(trigger)) {
      return claimant;
    }
    ActorRef speaker = speaker(s, trigger, code, targets);
    return speaker == null ? null : new Discourse.Antecedent(speaker, null, false);
  }

  /** The speaker who decides what the passive at {@code trigger} says, or null. */
  ActorRef speaker(SentenceView s, int trigger, String code, List<Arg> targets) {
    EventGrammar g = s.grammar();
    if (!s.isPassive(trigger) || !passiveAuxiliary(s, trigger) || StateScene.agentPhrase(s, trigger) || HiddenAgentPhrase.on(s, trigger)
        || g.is(EventGrammar.Kind.WITNESSED, code.substring(0, 2)) || toldDeed(s, trigger)) {
      return null;
    }
    ActorRef uttered = utterer(s, trigger);
    ActorRef speaker = uttered != null ? uttered : quoted(s, trigger);
    if (speaker == null || uttered == null && !decides(g, speaker)) {
      return null;
    }
    for (int c : s.children(trigger)) {
      if (s.deprel(c).startsWith("nsubj") && ownPatient(s, c, speaker)) {
        return null; // "ihre Stellungen seien …", "russische Soldaten würden …" said by Russia
      }
    }
    if (targets.stream().anyMatch(t -> Sides.same(t.actor(), speaker))) {
      return null;
    }
    return speaker;
  }

  /**
   * The speaker of the direct or indirect quotation whose words hold the trigger, when a verb of saying
   * in this sentence is its cue ("sagte", "teilte mit"); a cue that is an attribution phrase ("laut X",
   * "nach Angaben X", "so X", "X zufolge") names who says, not who acts.
   */
  private ActorRef quoted(SentenceView s, int trigger) {
    for (Quote q : quotes) {
      boolean content = q.type() == QuoteType.INDIRECT || q.type() == QuoteType.DIRECT;
      if (content && q.span().contains(s.token(trigger).span()) && q.cue() != null && !q.cue().contains(s.token(trigger).span())
          && spokenBy(s, q) && q.speaker() != null && q.speaker().country() != null) {
        return q.speaker();
      }
    }
    return null;
  }

  /**
   * The one who utters an agentless passive act of speech that is itself the cue of a quotation, named by
   * a phrase of this sentence ({@code SPEAKING_PHRASE}): "Syrien wird aufgefordert, die Grenze zu schließen,
   * so der Minister" is the minister's demand. Any speaker with a country utters his own words.
   */
  private ActorRef utterer(SentenceView s, int trigger) {
    for (Quote q : quotes) {
      if (q.cue() != null && q.cue().contains(s.token(trigger).span()) && q.speaker() != null && q.speaker().country() != null
          && q.speakerSpan() != null && s.sentence.span().contains(q.speakerSpan()) && namedBySpeakingPhrase(s, q)) {
        return q.speaker();
      }
    }
    return null;
  }

  /** The quotation's speaker is named right after a {@code SPEAKING_PHRASE} word of this sentence ("…, so der Minister"). */
  private static boolean namedBySpeakingPhrase(SentenceView s, Quote q) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (s.grammar().is(EventGrammar.Kind.SPEAKING_PHRASE, s.word(i)) && s.token(i + 1).span().begin() <= q.speakerSpan().begin()
          && s.token(i).span().end() <= q.speakerSpan().begin() && !q.span().contains(s.token(i).span())
          && onlyWordsBetween(s, i, q.speakerSpan().begin())) {
        return true;
      }
    }
    return false;
  }

  /** No punctuation between the phrase word at {@code i} and the offset: the speaker is its phrase's. */
  private static boolean onlyWordsBetween(SentenceView s, int i, int offset) {
    for (int k = i + 1; k < s.size() && s.token(k).span().begin() < offset; k++) {
      if (s.upos(k).equals("PUNCT")) {
        return false;
      }
    }
    return true;
  }

  /** The quotation's cue is a verb of this sentence, or a phrase that stands for one ({@code SPEAKING_PHRASE} "so"). */
  static boolean spokenBy(SentenceView s, Quote q) {
    for (int i = 0; i < s.size(); i++) {
      if (q.cue().contains(s.token(i).span())
          && (s.upos(i).equals("VERB") || s.grammar().is(EventGrammar.Kind.SPEAKING_PHRASE, s.word(i)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean decides(EventGrammar g, ActorRef a) {
    return a.type() == ActorType.COUNTRY || a.type() == ActorType.IGO
        || a.sector() != null && g.is(EventGrammar.Kind.SPEAKER_SECTOR, a.sector());
  }

  /**
   * The passive has its auxiliary ({@code PASSIVE_AUX} "werden", {@code STATIVE_AUX} "sein"): a patient label
   * the parser gave the subject of an active verb ("… und die Führung zur Zerstörung Israels aufrufe") is none.
   */
  private static boolean passiveAuxiliary(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (s.deprel(c).startsWith("aux") && (s.grammar().is(EventGrammar.Kind.PASSIVE_AUX, s.lemma(c))
          || s.grammar().is(EventGrammar.Kind.STATIVE_AUX, s.lemma(c)))) {
        return true;
      }
    }
    return false;
  }

  /** The passive tells a deed done: a "worden" perfect or a past auxiliary. */
  private static boolean toldDeed(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (s.deprel(c).startsWith("aux") && s.grammar().is(EventGrammar.Kind.TOLD_DEED, s.word(c).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The patient is of the speaker's side, or owned by a possessive determiner ("ihre Stellungen"). */
  private static boolean ownPatient(SentenceView s, int patient, ActorRef speaker) {
    for (int c : s.children(patient)) {
      if (s.deprel(c).equals("det:poss") || s.upos(c).equals("DET") && s.xpos(c) != null && s.xpos(c).startsWith("PRO:POS")) {
        return true;
      }
    }
    Mention m = ActorPhrase.actorOf(s, patient);
    return m != null && m.actor() != null && Sides.same(m.actor(), speaker);
  }
}
