package org.chronik.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronik.model.CleanedText;
import org.chronik.model.Furniture;
import org.chronik.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Executes every example and counterexample in lang/de/clean/rules.txt against the whole cleaner. */
class CleaningRulesDataTest {
  private static final Cleaner GERMAN = Cleaner.forLanguage("de");

  static Stream<Arguments> examples() {
    return GERMAN.rules().stream().flatMap(r -> r.examples().stream().map(e -> Arguments.of(r.id(), e)));
  }

  static Stream<Arguments> counters() {
    return GERMAN.rules().stream().flatMap(r -> r.counters().stream().map(c -> Arguments.of(r.id(), c)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("examples")
  void exampleYieldsExactlyTheMarkedFurniture(String ruleId, CleaningRule.Example example) {
    List<Span> marked = new ArrayList<>();
    String text = unmark(example.text(), marked);
    CleanedText cleaned = GERMAN.clean(text);
    assertEquals(marked, cleaned.furniture().stream().map(Furniture::span).toList(), "furniture in \"" + text + "\"");
    assertTrue(cleaned.furniture().stream().anyMatch(f -> f.rule().equals(ruleId)), "rule " + ruleId + " did not fire");
    CleaningRule rule = GERMAN.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
    if (rule.hasPlace()) {
      assertNotNull(cleaned.datelinePlace());
    }
    if (example.place() != null) {
      assertEquals(example.place(), cleaned.datelinePlace());
    }
    if (example.agency() != null) {
      assertEquals(example.agency(), cleaned.datelineAgency());
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("counters")
  void counterexampleHasNoFurniture(String ruleId, String counter) {
    CleanedText cleaned = GERMAN.clean(counter);
    assertEquals(List.of(), cleaned.furniture());
    assertEquals(counter, cleaned.text());
  }

  /** Removes [[ ]] markers, collecting the spans they enclosed in the unmarked text. */
  static String unmark(String marked, List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < marked.length()) {
      int open = marked.indexOf("[[", i);
      if (open < 0) {
        sb.append(marked, i, marked.length());
        break;
      }
      int close = marked.indexOf("]]", open);
      sb.append(marked, i, open);
      int begin = sb.length();
      sb.append(marked, open + 2, close);
      spans.add(new Span(begin, sb.length()));
      i = close + 2;
    }
    return sb.toString();
  }
}
