package org.chronik.pipeline.lemma;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.io.Tsv;

/**
 * Lemmas of rare words whose forms the full-form lexicon shares with a common word ("schwor": schwären
 * and schwören), read from {@code lang/<iso>/lemma/dispreferred.tsv}: such a reading counts only when
 * no other lemma of the same word class reads the form.
 */
public final class LemmaPreferences {
  private final Set<String> dispreferred;

  private LemmaPreferences(Set<String> dispreferred) {
    this.dispreferred = Set.copyOf(dispreferred);
  }

  /** The dispreferred lemmas of {@code lang/<iso>/lemma/dispreferred.tsv} (header: lemma, instead, form). */
  public static LemmaPreferences forLanguage(String iso) {
    String path = "lang/" + iso + "/lemma/dispreferred.tsv";
    Tsv.Table table = Tsv.Table.of(Tsv.resource(path), path);
    Set<String> lemmas = new HashSet<>();
    for (Tsv.Row row : table.rows()) {
      lemmas.add(table.get(row, "lemma"));
    }
    return new LemmaPreferences(lemmas);
  }

  /** The readings without those of dispreferred lemmas that another lemma of their word class shares. */
  public List<GermanLexicon.Reading> filter(List<GermanLexicon.Reading> readings) {
    if (dispreferred.isEmpty() || readings.stream().noneMatch(r -> dispreferred.contains(r.lemma()))) {
      return readings;
    }
    List<GermanLexicon.Reading> out = new ArrayList<>(readings.size());
    for (GermanLexicon.Reading reading : readings) {
      if (!dispreferred.contains(reading.lemma()) || !sharedWithOther(reading, readings)) {
        out.add(reading);
      }
    }
    return out;
  }

  private boolean sharedWithOther(GermanLexicon.Reading reading, List<GermanLexicon.Reading> readings) {
    String wordClass = wordClass(reading.tag());
    return readings.stream().anyMatch(o -> !dispreferred.contains(o.lemma()) && wordClass(o.tag()).equals(wordClass));
  }

  private static String wordClass(String tag) {
    int colon = tag.indexOf(':');
    return colon < 0 ? tag : tag.substring(0, colon);
  }
}
