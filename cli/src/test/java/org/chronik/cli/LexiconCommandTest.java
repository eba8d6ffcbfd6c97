package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronik.cli.StoreCommandsTest.Result;
import org.chronik.pipeline.events.Codebook;
import org.chronik.pipeline.events.EventLexicon;
import org.chronik.pipeline.events.EventRule;
import org.junit.jupiter.api.Test;

/** chronik lexicon: the per-root sizes add up to the lexicon the engine loads. */
class LexiconCommandTest {
  @Test
  void everyRootIsListedAndTheTotalsAreTheLoadedLexicons() {
    Result r = StoreCommandsTest.run("lexicon");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("root"), lines.get(0));
    assertEquals(20, lines.stream().filter(l -> l.matches("^(0[1-9]|1\\d|20)\\s.*")).count(), "one line per CAMEO root 01-20");
    EventLexicon lexicon = EventLexicon.forLanguage("de", Codebook.cameo());
    String[] all = lines.get(lines.size() - 1).trim().split("\\s+");
    assertEquals("all", all[0]);
    assertEquals(lexicon.rules().size(), Integer.parseInt(all[1]), "patterns");
    long verbs = lexicon.rules().stream().filter(x -> x.kind() == EventRule.Kind.VERB).count();
    assertEquals(verbs, Long.parseLong(all[2]), "verb patterns");
    Set<String> codes = lexicon.rules().stream().map(EventRule::code).collect(Collectors.toSet());
    assertEquals(codes.size(), Integer.parseInt(all[6].split("/")[0]), "codes with a pattern: " + Arrays.toString(all));
    int rootSum = lines.stream().filter(l -> l.matches("^\\d\\d\\s.*")).mapToInt(l -> {
      String[] f = l.trim().split("\\s{2,}");
      return Integer.parseInt(f[2].trim().split("\\s+")[0]);
    }).sum();
    assertEquals(lexicon.rules().size(), rootSum, "the roots' patterns add up to the total");
  }

  @Test
  void aLanguageWithoutALexiconIsAClearError() {
    Result r = StoreCommandsTest.run("lexicon", "--language", "xx");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no event lexicon for language xx"), r.err());
  }
}
