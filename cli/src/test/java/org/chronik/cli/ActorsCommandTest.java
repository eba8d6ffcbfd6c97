package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorsCommandTest {
  @Test
  void listsActorsWithCountsAndLooksRolesUpOnTheGivenDate(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), " date 2023-06-01 Der britische Premierminister reiste nach Paris. Frankreich und Großbritannien wollen kooperieren.\n");
    Files.writeString(dir.resolve("b.txt"), " date 2023-06-02 Frankreich kritisierte die Pläne.\n");
    String out = run("actors", dir.toString());
    String first = out.lines().findFirst().orElseThrow();
    assertTrue(first.contains("\"name\":\"France\"") && first.contains("\"mentions\":2") && first.contains("\"documents\":2"), out);
    assertTrue(out.contains("\"name\":\"Rishi Sunak\""), out);
    String earlier = run("actors", dir.toString(), "--date", "2022-10-05");
    assertTrue(earlier.contains("\"name\":\"Liz Truss\""), earlier);
  }

  @Test
  void badDateIsOneClearLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), " date 2023-06-01 Frankreich kritisierte die Pläne.\n");
    assertEquals(2, Main.run("actors", dir.toString(), "--date", "gestern"));
  }

  private static String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, Main.run(args));
    } finally {
      System.setOut(old);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
