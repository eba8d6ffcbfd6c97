package org.chronik.pipeline.events;

import java.util.Set;
import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * Acts a sentence frames as open rather than done: asked about ("Wird Russland angreifen?"), asked
 * after in an indirect question a word of not knowing embeds ("unklar blieb, wie viele … getötet
 * wurden"), or an act noun held by the verb or predicate of its own clause ("fordern einen
 * Einmarsch", "warnen vor einem Angriff", "über eine Invasion wird diskutiert", "ein Angriff ist
 * möglich"). Words from modality.tsv (QUESTION, HYPOTHETICAL … governor, HELD_CASE, DEBATE). Used by
 * {@link ModalityDetector}.
 */
final class FramedActs {
  /** Relations by which a governor holds an act noun directly: its object or passive subject. */
  private static final Set<String> HELD = Set.of("obj", "nsubj:pass");
  /** Closing marks that may stand after a sentence's question mark. */
  private static final Set<String> CLOSING = Set.of("\"", "“", "”", "«", "»", "'", ")");

  private final ModalityCues cues;

  FramedActs(ModalityCues cues) {
    this.cues = cues;
  }

  /** The sentence is a direct question: its last mark, closing quotes aside, is a question mark. */
  boolean asked(SentenceView s) {
    for (int k = s.size() - 1; k >= 0; k--) {
      if (!CLOSING.contains(s.word(k))) {
        return cues.is(Kind.QUESTION, Where.FORM, s.word(k));
      }
    }
    return false;
  }

  /**
   * An act noun its clause's verb or predicate holds: the object or passive subject of a governor of
   * demanding, warning, expecting or fearing (HYPOTHETICAL … governor: "fordern einen Einmarsch", "ein
   * Angriff wird befürchtet"), hung on one with a preposition of HELD_CASE ("rechnet mit einem Angriff",
   * "warnt vor einem Angriff"), the subject of such a predicate ("ein Angriff ist möglich", "gilt als
   * wahrscheinlich"), or an act
   * of a debate (DEBATE … governor) that no definite article pins to a known act ("über eine Invasion
   * wird diskutiert"; "diskutierte über den Angriff vom Montag" tells the attack). A time or cause
   * ("forderte nach dem Angriff Sanktionen") is no hold.
   */
  boolean nounHeld(SentenceView s, int trigger) {
    int noun = nounPhrase(s, trigger);
    int governor = noun < 0 ? -1 : s.head(noun);
    if (governor < 0) {
      return false;
    }
    String rel = s.deprel(noun);
    String lemma = s.lemma(governor);
    if (cues.is(Kind.DEBATE, Where.GOVERNOR, lemma) && !definite(s, noun)
        && (HELD.contains(rel) || rel.startsWith("obl") && caseIs(s, noun, Kind.DEBATE))) {
      return true;
    }
    if (cues.is(Kind.TOPIC, Where.GOVERNOR, lemma) && rel.startsWith("obl") && caseIs(s, noun, Kind.TOPIC) && topicSubject(s, governor)) {
      return true; // "es geht um den Einmarsch": what the matter is about
    }
    if (rel.equals("nsubj") && predicateBelow(s, governor)) {
      return true;
    }
    if (!cues.is(Kind.HYPOTHETICAL, Where.GOVERNOR, lemma)) {
      return false;
    }
    return HELD.contains(rel)
        || rel.equals("nsubj") && s.hasCopula(governor)
        || rel.startsWith("obl") && caseIs(s, noun, Kind.HELD_CASE);
  }

  /** The act noun's place in its clause: the trigger, or the first of the conjuncts it belongs to; -1 for a verb. */
  private static int nounPhrase(SentenceView s, int trigger) {
    if (s.isVerbal(trigger)) {
      return -1;
    }
    int noun = trigger;
    for (int guard = 0; guard < 3 && s.baseRel(noun).equals("conj") && s.head(noun) >= 0; guard++) {
      noun = s.head(noun); // "fordern Sanktionen und einen Einmarsch"
    }
    return noun;
  }

  /** The verb's subject is the empty "es" of "es geht um" (TOPIC … subject). */
  private boolean topicSubject(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      String rel = s.baseRel(c);
      if ((rel.equals("nsubj") || rel.equals("expl")) && cues.is(Kind.TOPIC, Where.SUBJECT, s.word(c).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A predicate of possibility hung on the noun's verb: "gilt als wahrscheinlich", "scheint möglich". */
  private boolean predicateBelow(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (s.baseRel(c).equals("xcomp") && cues.is(Kind.HYPOTHETICAL, Where.GOVERNOR, s.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A deed told by hearsay: a modal of HEARSAY … form ({@code modal}: "soll", "sollen") with a perfect
   * infinitive, an auxiliary of HEARSAY … aux beside it ("soll Geld genommen haben", "sollen getötet
   * worden sein"). The analyst reports it as done, by whoever says so; "soll … besuchen" (what is to
   * happen) and "soll angeklagt werden" stay open. Coordinated participles share the modal of the first
   * and the auxiliary of the last ("sollen … erstochen und … in Brand gesetzt haben").
   */
  boolean hearsay(SentenceView s, int clause, int modal) {
    if (!cues.is(Kind.HEARSAY, Where.FORM, s.word(modal))) {
      return false;
    }
    if (perfectAuxiliary(s, clause, modal)) {
      return true;
    }
    for (int c : s.children(clause)) {
      if (s.baseRel(c).equals("conj") && s.isVerbal(c) && perfectAuxiliary(s, c, modal)) {
        return true;
      }
    }
    return false;
  }

  private boolean perfectAuxiliary(SentenceView s, int clause, int modal) {
    for (int c : s.children(clause)) {
      if (c != modal && s.baseRel(c).equals("aux") && cues.is(Kind.HEARSAY, Where.AUX, s.word(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An indirect question ({@code clause}, opened by a question word of QUESTION … dependent) that a
   * word of not knowing embeds: the governor itself or a predicate hung on it (QUESTION … governor:
   * "unklar ist, wer …", "blieb unklar", "prüft, wie …"). "erklärte, warum …" tells its act.
   */
  boolean openQuestion(SentenceView s, int clause, int governor) {
    if (!questionWordFirst(s, clause)) {
      return false;
    }
    if (cues.is(Kind.QUESTION, Where.GOVERNOR, s.lemma(governor))) {
      return true;
    }
    for (int c : s.children(governor)) {
      if (c != clause && cues.is(Kind.QUESTION, Where.GOVERNOR, s.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /** The first or second word of the clause (after a preposition: "mit wem") is a question word. */
  private boolean questionWordFirst(SentenceView s, int clause) {
    int seen = 0;
    for (int k = 0; k < s.size() && seen < 2; k++) {
      if (within(s, k, clause)) {
        if (cues.is(Kind.QUESTION, Where.DEPENDENT, s.word(k))) {
          return true;
        }
        seen++;
      }
    }
    return false;
  }

  private static boolean within(SentenceView s, int k, int clause) {
    for (int cur = k, guard = 0; cur >= 0 && guard <= s.size(); cur = s.head(cur), guard++) {
      if (cur == clause) {
        return true;
      }
    }
    return false;
  }

  private boolean caseIs(SentenceView s, int noun, Kind kind) {
    for (int c : s.children(noun)) {
      if (s.baseRel(c).equals("case") && cues.is(kind, Where.CASE, s.word(c))) {
        return true;
      }
    }
    return false;
  }

  /** A definite article or a possessive before the noun ("den Angriff", "seine Offensive"). */
  private boolean definite(SentenceView s, int noun) {
    for (int c : s.children(noun)) {
      if (c < noun && s.baseRel(c).equals("det") && cues.is(Kind.DEBATE, Where.DEPENDENT, s.lemma(c))) {
        return true;
      }
    }
    return false;
  }
}
