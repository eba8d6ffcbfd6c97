package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells: quoting, and text a spreadsheet would run as a formula made inert. */
class RowsCsvTest {
  @Test
  void formulaLikeTextGetsAnApostropheButNumbersStayNumbers() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Rows.csv("=HYPERLINK(\"x\")"));
    assertEquals("'+49 30 1234", Rows.csv("+49 30 1234"));
    assertEquals("'@SUM(A1)", Rows.csv("@SUM(A1)"));
    assertEquals("'- Der Minister sagte", Rows.csv("- Der Minister sagte"));
    assertEquals("'\tcmd", Rows.csv("\tcmd"));
    assertEquals("-5.0", Rows.csv(-5.0), "a negative Goldstein value is a number");
    assertEquals("-3", Rows.csv(-3));
    assertEquals("Merz trifft Macron", Rows.csv("Merz trifft Macron"));
    assertEquals("a=b", Rows.csv("a=b"), "only the first character counts");
    assertEquals("", Rows.csv(null));
    assertEquals("", Rows.csv(""));
  }

  @Test
  void printedCsvQuotesAndNeutralisesTogether() {
    Rows rows = new Rows(List.of("code", "goldstein", "evidence"),
        List.of(Arrays.asList("190", -10.0, "=1+1, sagte er"), Arrays.asList("042", 1.9, "Ein \"Besuch\"")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      rows.print(out, Rows.Format.CSV);
    }
    assertEquals(List.of("code,goldstein,evidence", "190,-10.0,\"'=1+1, sagte er\"", "042,1.9,\"Ein \"\"Besuch\"\"\""),
        bytes.toString(StandardCharsets.UTF_8).lines().toList());
  }
}
