package org.chronik.pipeline.timex;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.chronik.model.TimeExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example line of every rule of every language folder that has timex rules. */
class TimexExamplesTest {

  static Stream<Arguments> examples() throws IOException, URISyntaxException {
    Path lang = Path.of(TimexExamplesTest.class.getClassLoader().getResource("lang").toURI());
    List<Arguments> all = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(lang)) {
      for (Path dir : dirs.sorted().toList()) {
        if (Files.exists(dir.resolve("timex/rules.txt"))) {
          String language = dir.getFileName().toString();
          TimexEngine engine = TimexEngine.forLanguage(language);
          for (TimexExample e : engine.examples()) {
            all.add(Arguments.of(language + " " + e, engine, e));
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(String name, TimexEngine engine, TimexExample e) {
    List<TimeExpression> found = engine.tag(e.text(), new Reference(e.anchor(), e.narrative()), e.tense());
    List<TimeExpression> byRule = found.stream().filter(t -> Arrays.asList(t.rule().split("\\+")).contains(e.rule())).toList();
    if (e.negative()) {
      assertTrue(byRule.isEmpty(), e + ": rule fired on a near miss: " + byRule);
      return;
    }
    assertFalse(byRule.isEmpty(), e + ": rule did not fire; found " + found);
    boolean ok = byRule.stream().anyMatch(t -> t.value().equalsIgnoreCase(e.value()) && java.util.Objects.equals(t.mod(), e.mod()));
    assertTrue(ok, e + ": expected " + e.value() + (e.mod() == null ? "" : " " + e.mod()) + ", found " + byRule);
  }
}
