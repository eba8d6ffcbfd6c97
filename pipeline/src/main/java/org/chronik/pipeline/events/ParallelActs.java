package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.io.Tsv;

/**
 * Acts told as a repeat of an act told just before ({@code lang/<iso>/events/parallel-acts.tsv}): an adverb
 * on the verb or its subject ("Auch Japan protestierte", "hat ebenfalls dementiert") or a modifier of the act
 * noun ("die gleiche Forderung"), and the roots of the earlier acts each code may repeat. Read by {@link
 * RepeatedAct}. Immutable; loaded once per language.
 */
final class ParallelActs {
  private final Set<String> marks;
  private final Set<String> same;
  /** By CAMEO code prefix: the roots of the acts an act of that code may repeat. */
  private final Map<String, Set<String>> repeats;

  private ParallelActs(Set<String> marks, Set<String> same, Map<String, Set<String>> repeats) {
    this.marks = Set.copyOf(marks);
    this.same = Set.copyOf(same);
    this.repeats = Map.copyOf(repeats);
  }

  static ParallelActs forLanguage(String iso) {
    String resource = "/lang/" + iso + "/events/parallel-acts.tsv";
    Tsv.Table table = Tsv.Table.of(Tsv.resource(ParallelActs.class, resource), resource);
    Set<String> marks = new HashSet<>();
    Set<String> same = new HashSet<>();
    Map<String, Set<String>> repeats = new HashMap<>();
    for (Tsv.Row row : table.rows()) {
      String kind = table.get(row, "kind");
      String word = table.get(row, "word").toLowerCase(Locale.ROOT);
      String roots = table.get(row, "roots");
      boolean known = switch (kind) {
        case "MARK" -> roots.equals("-") && marks.add(word);
        case "SAME" -> roots.equals("-") && same.add(word);
        case "REPEATS" -> word.matches("\\d{2,4}") && roots.matches("\\d\\d(\\|\\d\\d)*")
            && repeats.put(word, Set.of(roots.split("\\|"))) == null;
        default -> false;
      };
      if (!known) {
        throw new IllegalArgumentException(row.where() + ": expected MARK or SAME with a word and roots -, or REPEATS with a"
            + " code prefix and roots, each once: \"" + String.join("\t", row.fields()) + "\"");
      }
    }
    return new ParallelActs(marks, same, repeats);
  }

  /** The roots of the earlier acts an act of this code may repeat, by its longest listed prefix; empty if none. */
  Set<String> repeatable(String code) {
    for (int n = code.length(); n >= 2; n--) {
      Set<String> roots = repeats.get(code.substring(0, n));
      if (roots != null) {
        return roots;
      }
    }
    return Set.of();
  }

  /**
   * Whether the act of the verb {@code verb} is told as a repeat: a MARK adverb right on the verb or on its
   * subject ("Auch Japan protestierte"), or a SAME modifier on one of the {@code nouns} ("die gleiche Forderung").
   */
  boolean told(SentenceView s, int verb, List<Integer> nouns) {
    for (int c : s.children(verb)) {
      if (mark(s, c) || s.baseRel(c).equals("nsubj") && s.children(c).stream().anyMatch(g -> mark(s, g))) {
        return true;
      }
    }
    return nouns.stream().filter(n -> n >= 0).flatMap(n -> s.children(n).stream())
        .anyMatch(c -> same.contains(lower(s.lemma(c))) && (s.baseRel(c).equals("amod") || s.baseRel(c).equals("det")));
  }

  private boolean mark(SentenceView s, int c) {
    return s.baseRel(c).equals("advmod") && marks.contains(lower(s.word(c)));
  }

  private static String lower(String w) {
    return w == null ? "" : w.toLowerCase(Locale.ROOT);
  }
}
