package org.chronik.pipeline.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Tells whether a finite verb form is in the reported-speech mood: a third-person subjunctive
 * (Konjunktiv I "habe", "sei"; Konjunktiv II "hätten", "würde") that no indicative form of the same
 * person and number shares ("haben" and "sagte" are not). Reads the morphology dictionary of the
 * german-pos-dict artifact, whose tags look like {@code VER:AUX:3:SIN:KJ1}.
 */
final class ReportedMood {
  private static final Pattern TAG = Pattern.compile("VER:(?:AUX:|MOD:)?3:(?<number>SIN|PLU):(?<mood>KJ1|KJ2|PRÄ|PRT)\\b.*");
  private static final String DICTIONARY = "/org/languagetool/resource/de/german.dict";

  private final Dictionary dictionary;

  private ReportedMood(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The shared German morphology; null when the dictionary is not on the class path. */
  static ReportedMood german() {
    URL url = ReportedMood.class.getResource(DICTIONARY);
    if (url == null) {
      return null;
    }
    try {
      return new ReportedMood(Dictionary.read(url));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read morphology dictionary " + url, e);
    }
  }

  /** A lookup for one document; DictionaryLookup is not thread-safe, the dictionary is. */
  Lookup lookup() {
    return new Lookup(new DictionaryLookup(dictionary));
  }

  static final class Lookup {
    private final DictionaryLookup lookup;

    private Lookup(DictionaryLookup lookup) {
      this.lookup = lookup;
    }

    boolean isReported(String word) {
      Set<String> subjunctive = new HashSet<>();
      Set<String> indicative = new HashSet<>();
      for (WordData data : lookup.lookup(word.toLowerCase(Locale.GERMAN))) {
        CharSequence tag = data.getTag();
        if (tag == null) {
          continue;
        }
        Matcher m = TAG.matcher(tag);
        if (m.matches()) {
          String mood = m.group("mood");
          (mood.startsWith("KJ") ? subjunctive : indicative).add(m.group("number"));
        }
      }
      subjunctive.removeAll(indicative);
      return !subjunctive.isEmpty();
    }
  }
}
