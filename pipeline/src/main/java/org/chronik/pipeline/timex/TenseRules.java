package org.chronik.pipeline.timex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tense knowledge of one language, read from {@code lang/<iso>/timex/tense.txt}.
 *
 * @param stativeAuxiliary perfect auxiliaries that with other participles form a state passive ("sein")
 * @param stativeExceptions lemma endings of the verbs whose perfect the stative auxiliary does form
 * @param prospectiveStative lemma endings of verbs whose state passive in the present speaks of the future ("geplant")
 * @param prospectiveAuxiliary modals that in the present with an infinitive speak of the future
 */
record TenseRules(
    Set<String> verbUpos,
    Set<String> auxiliaryUpos,
    Set<String> clauseBreakUpos,
    Set<String> perfectAuxiliary,
    Set<String> stativeAuxiliary,
    List<String> stativeExceptions,
    List<String> prospectiveStative,
    Set<String> futureAuxiliary,
    Set<String> prospectiveAuxiliary,
    String lexicon,
    String verbTag,
    List<String> finiteTags,
    List<String> participleTags,
    List<String> infinitiveTags,
    List<String> pastTags,
    List<String> presentTags,
    List<String> pastEndings) {

  static TenseRules load(String language) {
    String path = "lang/" + language + "/timex/tense.txt";
    InputStream in = TenseRules.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalArgumentException("missing resource " + path);
    }
    Map<String, List<String>> f = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = r.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\s+");
        if (parts.length < 2) {
          throw new IllegalArgumentException(path + ":" + (i + 1) + ": expected a key and values");
        }
        f.merge(parts[0], List.of(parts).subList(1, parts.length), TenseRules::concat); // a key may go on over several lines
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
    return new TenseRules(
        Set.copyOf(get(f, "verb-upos", path)),
        Set.copyOf(get(f, "auxiliary-upos", path)),
        Set.copyOf(get(f, "clause-break-upos", path)),
        Set.copyOf(get(f, "perfect-auxiliary", path)),
        Set.copyOf(f.getOrDefault("stative-auxiliary", List.of())),
        f.getOrDefault("perfect-with-stative", List.of()),
        f.getOrDefault("prospective-stative", List.of()),
        Set.copyOf(get(f, "future-auxiliary", path)),
        Set.copyOf(f.getOrDefault("prospective-auxiliary", List.of())),
        f.containsKey("lexicon") ? f.get("lexicon").get(0) : null,
        f.containsKey("verb-tag") ? f.get("verb-tag").get(0) : "",
        get(f, "finite-tag", path),
        get(f, "participle-tag", path),
        get(f, "infinitive-tag", path),
        get(f, "past-tag", path),
        get(f, "present-tag", path),
        f.getOrDefault("past-ending", List.of()));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static List<String> get(Map<String, List<String>> f, String key, String path) {
    List<String> v = f.get(key);
    if (v == null) {
      throw new IllegalArgumentException(path + ": missing key " + key);
    }
    return v;
  }
}
