package org.chronik.pipeline.parse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronik.pipeline.lemma.GermanLexicon;

/**
 * A past-tense form that is also an inflected participle ("belangten", "zerstreute") standing right
 * after the noun phrase that opens the sentence, in a clause with no other verb: the verb of a main
 * clause in second place ("Die türkischen Behörden belangten zwei Journalisten", "Irans Führung
 * zerstreute Bedenken"), not an attribute, which needs an article or a preposition before it ("die
 * zerstreute Menge", "der belangte Beamte"). Told from the words of {@code lang/<iso>/parse/verbs.tsv}:
 * every word before the form is tagged {@code SUBJECT_PHRASE}, the last one {@code SUBJECT_HEAD} and,
 * where the full-form lexicon knows it, {@code NOMINATIVE} (a genitive alone, "Russlands verstärkte
 * Präsenz", opens a noun phrase, no clause); no word of the clause (up to the next {@code PUNCT}) is
 * tagged {@code VERBAL}. Immutable and thread-safe.
 */
final class VerbAfterSubject {
  private final Set<String> phrase;
  private final Set<String> head;
  private final Set<String> verbal;
  private final Set<String> punct;
  private final String nominative;
  private final GermanLexicon lexicon;

  private VerbAfterSubject(Map<String, List<String>> words, GermanLexicon lexicon) {
    this.phrase = Set.copyOf(words.get("SUBJECT_PHRASE"));
    this.head = Set.copyOf(words.get("SUBJECT_HEAD"));
    this.verbal = Set.copyOf(words.get("VERBAL"));
    this.punct = Set.copyOf(words.get("PUNCT"));
    this.nominative = words.get("NOMINATIVE").get(0);
    this.lexicon = lexicon;
  }

  /** From the words of {@code path} as {@link MistaggedVerbs} read them (kind → values), read once per language. */
  static VerbAfterSubject of(String path, Map<String, List<String>> words, GermanLexicon lexicon) {
    for (String kind : List.of("SUBJECT_PHRASE", "SUBJECT_HEAD", "VERBAL", "PUNCT", "NOMINATIVE")) {
      if (!words.containsKey(kind)) {
        throw new IllegalStateException(path + " has no " + kind + " row");
      }
    }
    return new VerbAfterSubject(words, lexicon);
  }

  /** True when token {@code i} (texts and UPOS tags of one sentence) follows the sentence's opening subject in a clause without a verb. */
  boolean at(List<String> texts, List<String> tags, int i) {
    if (i == 0 || !head.contains(tags.get(i - 1)) || !mayBeNominative(texts.get(i - 1))) {
      return false;
    }
    for (int t = 0; t < i; t++) {
      if (!phrase.contains(tags.get(t))) {
        return false;
      }
    }
    for (int t = i + 1; t < tags.size() && !punct.contains(tags.get(t)); t++) {
      if (verbal.contains(tags.get(t))) {
        return false;
      }
    }
    return true;
  }

  private boolean mayBeNominative(String word) {
    List<GermanLexicon.Reading> readings = lexicon.readings(word);
    return readings.isEmpty() || readings.stream().anyMatch(r -> r.tag().contains(":" + nominative + ":") || r.tag().endsWith(":" + nominative));
  }
}
