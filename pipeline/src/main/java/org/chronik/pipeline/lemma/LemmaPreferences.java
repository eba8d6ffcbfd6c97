package org.chronik.pipeline.lemma;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

  public static LemmaPreferences forLanguage(String iso) {
    String path = "lang/" + iso + "/lemma/dispreferred.tsv";
    InputStream in = LemmaPreferences.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalArgumentException("missing resource " + path);
    }
    Set<String> lemmas = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line : r.lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false; // "lemma instead form"
          continue;
        }
        lemmas.add(line.split("\t")[0].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
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
