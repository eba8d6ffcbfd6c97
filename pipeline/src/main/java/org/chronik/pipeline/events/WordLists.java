package org.chronik.pipeline.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The named word lists of a language's event lexicon, {@code lang/<iso>/events/words/NAME.txt}: one
 * word a line, {@code #} starts a comment. A rule's word condition names one as {@code @NAME}
 * ({@code dep=@negative-evaluation}), so that a class of words is kept as data in one place rather
 * than copied into pattern after pattern. Each list is read once, on first use; the lexicon and its
 * lists are shared by the threads that annotate documents at once (Spark, the ingester), so the cache
 * is a concurrent map.
 */
final class WordLists {
  /** What marks a list's name among a condition's words. */
  static final String MARK = "@";

  private final String iso;
  private final Map<String, Set<String>> read = new ConcurrentHashMap<>();

  WordLists(String iso) {
    this.iso = iso;
  }

  /** The words of the list, lowercased; a list that is missing or empty is an error of the lexicon. */
  Set<String> words(String name) {
    return read.computeIfAbsent(name, this::load);
  }

  private Set<String> load(String name) {
    String resource = "/lang/" + iso + "/events/words/" + name + ".txt";
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("word list missing: " + resource);
      }
      Set<String> out = new LinkedHashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          out.add(word.toLowerCase(Locale.ROOT));
        }
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException("word list empty: " + resource);
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
