package org.chronik.pipeline.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word shapes of {@code lang/<iso>/quotes/complements.tsv}: a one-word zu-infinitive, a participle,
 * and the perfect auxiliaries, with examples a test runs.
 */
final class ComplementShapes {
  private final Pattern zuInfinitive;
  private final Pattern participle;
  private final Set<String> perfectAuxiliaries;
  private final List<String[]> examples;

  private ComplementShapes(Pattern zuInfinitive, Pattern participle, Set<String> perfectAuxiliaries, List<String[]> examples) {
    this.zuInfinitive = zuInfinitive;
    this.participle = participle;
    this.perfectAuxiliaries = Set.copyOf(perfectAuxiliaries);
    this.examples = List.copyOf(examples);
  }

  static ComplementShapes of(String resource, List<String[]> rows) {
    Pattern zu = null;
    Pattern participle = null;
    Set<String> auxiliaries = new HashSet<>();
    List<String[]> examples = new ArrayList<>();
    for (String[] row : rows) {
      switch (row[0]) {
        case "zu-infinitive" -> zu = Pattern.compile(row[1]);
        case "participle" -> participle = Pattern.compile(row[1]);
        case "perfect-auxiliary" -> auxiliaries.add(row[1]);
        case "example" -> examples.add(new String[] {row[1], row[2]});
        default -> throw new IllegalArgumentException(resource + ": unknown kind \"" + row[0] + "\"");
      }
    }
    if (zu == null || participle == null) {
      throw new IllegalArgumentException(resource + ": needs a zu-infinitive and a participle pattern");
    }
    return new ComplementShapes(zu, participle, auxiliaries, examples);
  }

  boolean isZuInfinitive(String word) {
    return zuInfinitive.matcher(word).matches();
  }

  boolean isParticiple(String word) {
    return participle.matcher(word).matches();
  }

  boolean isPerfectAuxiliary(String lemma) {
    return lemma != null && perfectAuxiliaries.contains(lemma);
  }

  /** The shape a word has by these rules: "zu-infinitive", "participle" or "none". */
  String shape(String word) {
    return isZuInfinitive(word) ? "zu-infinitive" : isParticiple(word) ? "participle" : "none";
  }

  /** Rows {word, expected shape}. */
  List<String[]> examples() {
    return examples;
  }
}
