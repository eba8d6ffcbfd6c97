package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTableTest {
  private static List<String> print(Rows rows, TextTable.Layout layout) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TextTable.print(new PrintStream(out, true, StandardCharsets.UTF_8), rows, layout);
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void capsColumnsAndGivesTheStretchColumnWhatIsLeftOfTheWidth() {
    Rows rows = new Rows(List.of("date", "name", "evidence"), List.of(
        Arrays.asList("2024-06", "A very long name of an international organisation", "x".repeat(300)),
        Arrays.asList(null, "Short", "Kurz.")));
    List<String> lines = print(rows, new TextTable.Layout(60, Map.of("name", 12), "evidence"));
    assertTrue(lines.stream().allMatch(l -> l.length() <= 60), lines.toString());
    assertEquals(60, lines.get(1).length(), "the stretch column fills the line");
    assertTrue(lines.get(1).contains("A very long…"), lines.get(1));
    assertTrue(lines.get(1).endsWith("x…"), lines.get(1));
    assertTrue(lines.get(2).startsWith("         Short"), "an empty cell keeps the columns aligned: " + lines.get(2));
  }

  @Test
  void unlimitedKeepsCellsWholeUpToEightyCharacters() {
    Rows rows = new Rows(List.of("evidence"), List.<List<Object>>of(List.of("y".repeat(100))));
    assertEquals(80, print(rows, TextTable.Layout.UNLIMITED).get(1).length());
  }
}
