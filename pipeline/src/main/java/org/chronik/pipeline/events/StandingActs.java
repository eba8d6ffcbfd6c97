package org.chronik.pipeline.events;

import java.util.Locale;
import org.chronik.model.DateSource;

/**
 * A standing description of a group: a verb of a sustained campaign over a land or people
 * ("terrorisieren", "heimsuchen") in the simple present with no time told anywhere in its sentence
 * ("Die Miliz terrorisiert den Norden des Landes und die Grenzgebiete der Nachbarstaaten"). It tells
 * what the group does as a rule, not an act of the story's day, and is kept as not reportable
 * (HYPOTHETICAL), like an undated historical aside ({@link PastAsides}). A date, a time of any kind
 * ("seit Montag"), a past form ("terrorisierten") or an auxiliary (perfect, passive) keeps the act.
 * Words: {@code words/standing-verbs.txt}, {@code words/preterite-endings.txt}.
 */
final class StandingActs {
  static final String VERBS = "standing-verbs";
  static final String PRETERITE = "preterite-endings";

  private StandingActs() {}

  /** True when the act of {@code trigger}, dated from {@code source}, is a standing description. */
  static boolean standing(SentenceView s, int trigger, DateSource source, WordLists lists) {
    if (source == DateSource.EXPRESSION || source == DateSource.CONTEXT || !s.isFinite(trigger)
        || !lists.words(VERBS).contains(s.lemma(trigger).toLowerCase(Locale.ROOT)) || preterite(s, trigger, lists)) {
      return false;
    }
    for (int c : s.children(trigger)) {
      if (s.deprel(c).startsWith("aux")) {
        return false; // "haben … terrorisiert", "wird … heimgesucht": a perfect or passive tells an occasion
      }
    }
    for (int i = 0; i < s.size(); i++) {
      if (s.inTime(i)) {
        return false; // "seit Montag", "derzeit", "am Wochenende": a time of the story
      }
    }
    return true;
  }

  /** A preterite form: it differs from the lemma and ends in a preterite ending ("terrorisierten", "suchte … heim"). */
  private static boolean preterite(SentenceView s, int verb, WordLists lists) {
    String form = s.word(verb).toLowerCase(Locale.ROOT);
    if (form.equals(s.lemma(verb).toLowerCase(Locale.ROOT))) {
      return false;
    }
    return lists.words(PRETERITE).stream().anyMatch(form::endsWith);
  }
}
