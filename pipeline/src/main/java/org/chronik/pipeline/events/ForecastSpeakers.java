package org.chronik.pipeline.events;

import java.util.Set;
import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * An act in the future that a third party forecasts: "Indonesien wird laut Expertenmeinung wieder
 * beitreten", "Die Kommission werde die Regierung auffordern, sagte ein Rechtsexperte". The future
 * auxiliary ("wird", "werde") makes an act its actor's intent; told by an expert, analyst or observer
 * ({@code words/forecasters.txt}, compounds included) in an attribution phrase ("laut", "zufolge") or
 * as the subject of the verb the act's clause hangs on or that hangs on it, it is that speaker's
 * expectation (HYPOTHETICAL). An intent the actor states ("will", "kündigte an") is not touched.
 * Stateless.
 */
final class ForecastSpeakers {
  static final String LIST = "forecasters";
  static final String FUTURE = "werden";

  private ForecastSpeakers() {}

  /** The trigger's act is a future a forecaster tells. */
  static boolean forecast(EventCoder.Knowledge knowledge, SentenceView s, int trigger) {
    int clause = s.clauseHead(trigger);
    if (clause < 0 || !future(knowledge.cues(), s, clause)) {
      return false;
    }
    Set<String> forecasters = knowledge.lexicon().lists().words(LIST);
    Set<String> adpositions = knowledge.attribution().adpositions();
    for (int i = 0; i < s.size(); i++) {
      if (!forecaster(forecasters, s, i)) {
        continue;
      }
      String p = s.preposition(i);
      if (p != null && adpositions.contains(p)) {
        return true; // "laut Expertenmeinung", "Analysten zufolge"
      }
      int verb = s.head(i);
      if (s.baseRel(i).equals("nsubj") && verb >= 0 && verb != clause && (verb == s.head(clause) || s.head(verb) == clause)) {
        return true; // "…, sagte ein Rechtsexperte"; "Experten sagen, … werde …"
      }
    }
    return false;
  }

  /** The clause has the future auxiliary, not the preterite passive ("wurde"). */
  static boolean future(ModalityCues cues, SentenceView s, int clause) {
    for (int c : s.children(clause)) {
      if (s.deprel(c).startsWith("aux") && s.lemma(c).equals(FUTURE) && !cues.is(Kind.PASSIVE_PAST, Where.FORM, s.word(c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean forecaster(Set<String> words, SentenceView s, int i) {
    String lemma = s.lemma(i);
    String word = s.word(i);
    return s.upos(i).equals("NOUN") && words.stream().anyMatch(w -> lemma.endsWith(w) || word.endsWith(w));
  }
}
