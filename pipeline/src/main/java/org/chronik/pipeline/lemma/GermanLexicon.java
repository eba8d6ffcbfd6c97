package org.chronik.pipeline.lemma;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The German full-form lexicon of german-pos-dict (CC BY-SA 4.0): word form → (lemma, tag) readings.
 * Tags look like {@code VER:3:SIN:PRT:NON} (verb, 3rd person singular, Präteritum) or {@code
 * SUB:NOM:PLU:MAS}. Thread-safe: one lookup object per thread over a shared immutable dictionary.
 */
public final class GermanLexicon {
  private static final String DICT = "/org/languagetool/resource/de/german.dict";

  /** One reading of a word form. */
  public record Reading(String lemma, String tag) {
    public boolean isVerb() {
      return tag.startsWith("VER");
    }

    public boolean isNoun() {
      return tag.startsWith("SUB") || tag.startsWith("EIG");
    }
  }

  /** How often this process read the dictionary: a language's resources read it once. */
  private static final AtomicInteger LOADS = new AtomicInteger();

  private final ThreadLocal<DictionaryLookup> lookup;

  private GermanLexicon(Dictionary dictionary) {
    this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
  }

  public static GermanLexicon load() {
    URL url = GermanLexicon.class.getResource(DICT);
    if (url == null) {
      throw new IllegalStateException("german.dict not on the classpath: is german-pos-dict missing?");
    }
    try {
      LOADS.incrementAndGet();
      return new GermanLexicon(Dictionary.read(url));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many times this process has loaded the dictionary. */
  public static int loads() {
    return LOADS.get();
  }

  /** All readings of a word form, exactly as written (case matters in German). */
  public List<Reading> readings(String word) {
    List<Reading> out = new ArrayList<>();
    for (WordData data : lookup.get().lookup(word)) {
      out.add(new Reading(data.getStem().toString(), data.getTag() == null ? "" : data.getTag().toString()));
    }
    return out;
  }

  /** The tags of all readings of a word form. */
  public List<String> tags(String word) {
    return readings(word).stream().map(Reading::tag).toList();
  }
}
