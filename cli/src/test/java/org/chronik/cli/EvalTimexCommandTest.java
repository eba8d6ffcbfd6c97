package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTimexCommandTest {

  private static String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run(args), "exit code");
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aFolderWithoutGoldAndDocsIsOneErrorAndExitTwo(@TempDir Path empty) {
    assertEquals(2, Main.run("eval-timex", "--corpus", empty.toString()));
  }

  @Test
  void heidelTimeIsOnlyAvailableWithTheBenchModule(@TempDir Path corpus) throws IOException {
    Files.createDirectories(corpus.resolve("gold"));
    Files.createDirectories(corpus.resolve("docs"));
    assertEquals(2, Main.run("eval-timex", "--corpus", corpus.toString(), "--heideltime"));
  }

  /** Three WikiWarsDE documents, read at run time: the target of the issue, extent F1 and values ≥ 0.85. */
  @Test
  void meetsTheTargetOnWikiWarsDocuments(@TempDir Path corpus) throws IOException {
    Path source = SharedTestEnvironment.shared().resolve("corpora/wikiwarsde");
    Files.createDirectories(corpus.resolve("gold"));
    Files.createDirectories(corpus.resolve("docs"));
    for (String doc : List.of("wikiwarsde_15_MexicanRev", "wikiwarsde_17_AlgerianWar", "wikiwarsde_21_NigerianCivilWar")) {
      Files.copy(source.resolve("gold/" + doc + ".gold.json"), corpus.resolve("gold/" + doc + ".gold.json"));
      Files.copy(source.resolve("docs/" + doc + ".txt"), corpus.resolve("docs/" + doc + ".txt"));
    }
    String out = run("eval-timex", "--corpus", corpus.toString());
    String line = out.lines().filter(l -> l.startsWith("chronik ")).findFirst().orElseThrow(() -> new AssertionError(out));
    String[] f = line.trim().split("\\s+");
    double f1 = Double.parseDouble(f[3]);
    double values = Double.parseDouble(f[4]);
    assertTrue(f1 >= 0.85, "extent F1 " + f1 + " in " + line);
    assertTrue(values >= 0.85, "value accuracy " + values + " in " + line);
  }
}
