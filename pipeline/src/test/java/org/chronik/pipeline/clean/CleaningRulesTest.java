package org.chronik.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule file format: good files load, bad ones fail with file, line and problem. */
class CleaningRulesTest {
  private static String error(String... lines) {
    return assertThrows(IllegalArgumentException.class, () -> CleaningRules.parse("r.txt", List.of(lines))).getMessage();
  }

  @Test
  void loadsDefinesRulesExamplesAndCounters() {
    List<CleaningRule> rules = CleaningRules.parse("r.txt", List.of(
        "# comment",
        "define word: Hallo|Tschüss",
        "rule: greeting",
        "kind: GREETING",
        "pattern: ^(?<furniture>%word%)$",
        "example: [[Hallo]]",
        "counter: Hallo Welt"));
    assertEquals(1, rules.size());
    CleaningRule r = rules.get(0);
    assertEquals("greeting", r.id());
    assertEquals("^(?<furniture>(?:Hallo|Tschüss))$", r.pattern().pattern());
    assertEquals(List.of(new CleaningRule.Example("[[Hallo]]", null, null)), r.examples());
    assertEquals(1, r.findAll("x\nTschüss\ny").size());
    assertEquals(0, r.findAll("Hallo Welt").size());
  }

  @Test
  void badFilesNameLineAndProblem() {
    assertEquals("r.txt:2: unknown key \"kinds\"", error("rule: a", "kinds: X"));
    assertEquals("r.txt:1: rule a has no example", error("rule: a", "kind: X", "pattern: (?<furniture>x)"));
    assertEquals("r.txt:1: undefined list %nope%", error("rule: a", "kind: X", "pattern: (?<furniture>%nope%)", "example: x"));
    assertEquals("r.txt:1: rule a: pattern has no group (?<furniture>…)", error("rule: a", "kind: X", "pattern: x", "example: x"));
    assertEquals("r.txt:1: \"kind\" outside a rule", error("kind: X"));
    assertEquals("r.txt:2: \"place\" must follow an example", error("rule: a", "place: X"));
    assertEquals("r.txt:1: expected \"key: value\", got \"nonsense\"", error("nonsense"));
  }
}
