package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chronik eval on an invented document: the report, the JSON last line, and bad gold files. */
class EvalCommandTest {
  private static final String DOCUMENT = " date 2023-09-12 Der Bürgermeister von Astadt besuchte am Montag die Nachbarstadt Bestadt.\n";
  private static final String GOLD = """
      {"document": "doc.txt", "creation_date": "2023-09-12",
       "time_expressions": [{"text": "am Montag", "value": "2023-09-11", "required": true}]}""";

  @TempDir Path dir;

  private String[] run(String... args) {
    PrintStream saved = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.run(args);
    } finally {
      System.setOut(saved);
      System.setErr(savedErr);
    }
    return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void lastLineOfStdoutIsTheJsonObject() throws IOException {
    Files.writeString(dir.resolve("doc.txt"), DOCUMENT);
    Files.writeString(dir.resolve("doc.gold.json"), GOLD);
    String[] r = run("eval", "--gold", dir.toString(), "--docs", dir.toString(), "--json", "--document-type", "narrative");
    assertEquals("0", r[0], r[2]);
    List<String> lines = r[1].lines().toList();
    JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertEquals(1, json.get("documents").asInt());
    assertEquals(1, json.get("time").get("required").asInt());
    assertEquals("narrative", json.get("per_document").get(0).get("document_type").asText());
    assertTrue(r[1].contains("TOTAL, micro-averaged over 1 document(s)"), r[1]);
  }

  @Test
  void aBadGoldFileIsOneErrorLineAndTheOthersAreScored() throws IOException {
    Files.writeString(dir.resolve("doc.txt"), DOCUMENT);
    Files.writeString(dir.resolve("a.gold.json"), GOLD.replace("\"value\"", "\"valeu\""));
    Files.writeString(dir.resolve("b.gold.json"), GOLD);
    String[] r = run("eval", "--gold", dir.toString(), "--docs", dir.toString(), "--json");
    assertEquals("1", r[0]);
    assertTrue(r[2].contains("a.gold.json: time_expressions[0]: unknown key \"valeu\""), r[2]);
    List<String> lines = r[1].lines().toList();
    JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertEquals(1, json.get("documents").asInt());
    assertEquals(1, json.get("errors").size());
  }

  @Test
  void anUnknownDocumentTypeIsRejected() {
    String[] r = run("eval", "--gold", dir.toString(), "--docs", dir.toString(), "--document-type", "blog");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("--document-type must be news or narrative"), r[2]);
  }
}
