package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

/** Lexicon rules written in a test, in the format of lang/de/events/README.md, parsed with the CAMEO codebook. */
final class RuleText {
  private RuleText() {}

  static List<EventRule> parse(String text) throws IOException {
    return EventLexicon.parse("test", new BufferedReader(new StringReader(text)), Codebook.cameo());
  }

  static EventLexicon lexicon(String text) throws IOException {
    return EventLexicon.of(parse(text));
  }

  /** The one rule of a line. */
  static EventRule one(String line) throws IOException {
    List<EventRule> rules = parse(line);
    assertEquals(1, rules.size());
    return rules.get(0);
  }
}
