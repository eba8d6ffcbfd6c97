package org.chronik.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static List<ReadResult> read(ReadOptions options, Path... paths) {
    return Readers.read(java.util.Arrays.stream(paths).map(Path::toString).toList(), options).toList();
  }

  @Test
  void seedFormatGivesDateAndBodyAfterHeader() throws IOException {
    Path p = write("a.txt", " date 2023-04-05 Der Stadtrat tagte am Abend.\n\nEr beschloss nichts.");
    Article a = read(ReadOptions.defaults(), p).get(0).article();
    assertEquals(PartialDate.parse("2023-04-05"), a.creationDate());
    assertEquals("Der Stadtrat tagte am Abend.\n\nEr beschloss nichts.", a.body());
    assertEquals(p.toString(), a.source());
  }

  @Test
  void seedFormatHeaderWinsOverDateOption() throws IOException {
    Path p = write("a.txt", " date 2023-04 Der Stadtrat tagte.");
    Article a = read(ReadOptions.defaults().withDate(PartialDate.parse("2020-01-01")), p).get(0).article();
    assertEquals(PartialDate.parse("2023-04"), a.creationDate());
  }

  @Test
  void plainTextTakesDateOptionElseIsMarkedUndated() throws IOException {
    Path p = write("b.txt", "Die Brücke wurde gestern eröffnet.\n");
    Article dated = read(ReadOptions.defaults().withDate(PartialDate.parse("2021-07-09")), p).get(0).article();
    assertEquals(PartialDate.parse("2021-07-09"), dated.creationDate());
    assertTrue(dated.metadata().isEmpty());
    Article undated = read(ReadOptions.defaults(), p).get(0).article();
    assertNull(undated.creationDate());
    assertEquals("true", undated.metadata().get("undated"));
    assertEquals("Die Brücke wurde gestern eröffnet.\n", undated.body());
  }

  @Test
  void jsonLinesBadLineIsOneErrorWithLineNumberAndOthersGoOn() throws IOException {
    Path p = write("c.jsonl", String.join("\n",
        "{\"id\":\"x1\",\"url\":\"https://example.org/1\",\"source\":\"Blatt\",\"date\":\"2022-02-03\",\"title\":\"T\",\"text\":\"Erster Text.\",\"language\":\"de\"}",
        "{\"text\": \"kaputt\"",
        "",
        "{\"title\": \"ohne Text\"}",
        "{\"text\": \"Vierter Text.\", \"date\": \"2022-02-30\"}",
        "{\"text\": \"Fünfter Text.\", \"date\": \"2022-03-04T08:15:00+01:00\"}",
        "[1, 2]"));
    List<ReadResult> results = read(ReadOptions.defaults(), p);
    assertEquals(6, results.size());
    Article first = results.get(0).article();
    assertEquals("x1", first.id());
    assertEquals("Blatt", first.source());
    assertEquals("https://example.org/1", first.url());
    assertEquals(PartialDate.parse("2022-02-03"), first.creationDate());
    assertEquals("de", first.language());
    assertTrue(results.get(1).error().startsWith(p + ":2: invalid JSON"), results.get(1).error());
    assertTrue(results.get(2).error().startsWith(p + ":4: missing or empty \"text\""), results.get(2).error());
    assertTrue(results.get(3).error().startsWith(p + ":5: bad \"date\""), results.get(3).error());
    Article fifth = results.get(4).article();
    assertEquals(PartialDate.parse("2022-03-04"), fifth.creationDate());
    assertEquals(p.toString(), fifth.source());
    assertTrue(results.get(5).error().startsWith(p + ":7: expected a JSON object"), results.get(5).error());
  }

  @Test
  void directoryIsReadRecursivelyInSortedOrderByExtension() throws IOException {
    write("d/b/2.txt", "Zweiter Text.");
    write("d/a.jsonl", "{\"text\": \"Erster Text.\"}\n");
    write("d/c.htm", "<html><body><article><p>Dritter Text, lang genug für einen Absatz.</p></article></body></html>");
    write("d/bild.png", "kein Text");
    write("d/b/1.txt", " date 2020-05 Seed-Text.");
    List<String> bodies = read(ReadOptions.defaults(), dir.resolve("d")).stream()
        .map(r -> r.ok() ? r.article().body() : r.error()).toList();
    assertEquals(List.of("Erster Text.", "Seed-Text.", "Zweiter Text.", "Dritter Text, lang genug für einen Absatz."), bodies);
  }

  @Test
  void dashReadsStdinAndDetectsFormatByContent() {
    byte[] jsonl = "{\"text\": \"Aus der Pipe.\"}\n{\"text\": \"Noch einer.\"}\n".getBytes(StandardCharsets.UTF_8);
    List<ReadResult> results = Readers.read(List.of("-"), ReadOptions.defaults(), new ByteArrayInputStream(jsonl)).toList();
    assertEquals(List.of("Aus der Pipe.", "Noch einer."), results.stream().map(r -> r.article().body()).toList());
    byte[] seed = " date 2019-11-30 Von der Konsole.".getBytes(StandardCharsets.UTF_8);
    Article a = Readers.read(List.of("-"), ReadOptions.defaults(), new ByteArrayInputStream(seed)).toList().get(0).article();
    assertEquals(PartialDate.parse("2019-11-30"), a.creationDate());
    assertEquals(Readers.STDIN, a.source());
  }

  @Test
  void stdinOverTheLimitIsOneError() {
    byte[] big = "a".repeat(200).getBytes(StandardCharsets.UTF_8);
    List<ReadResult> results = Readers.read(List.of("-"), new ReadOptions(null, 100), new ByteArrayInputStream(big)).toList();
    assertEquals(List.of("stdin: input too large: more than 100 bytes"), results.stream().map(ReadResult::error).toList());
  }

  @Test
  void idsAreStableAcrossReadsAndDifferByText() throws IOException {
    Path a = write("x.txt", "Ein Satz.");
    Path b = write("y.txt", "Ein anderer Satz.");
    List<ReadResult> first = read(ReadOptions.defaults(), a, b);
    List<ReadResult> again = read(ReadOptions.defaults(), a, b);
    assertEquals(first.get(0).article().id(), again.get(0).article().id());
    assertTrue(!first.get(0).article().id().equals(first.get(1).article().id()));
  }

  @Test
  void explicitFileWithOtherExtensionIsReadByContent() throws IOException {
    Path seed = write("notiz.md", " date 2018-08-08 Ein Text mit Kopfzeile.");
    Path jsonl = write("dump.ndjson", "{\"text\": \"Zeile eins.\"}\n{\"text\": \"Zeile zwei.\"}\n");
    List<ReadResult> results = read(ReadOptions.defaults(), seed, jsonl);
    assertEquals(List.of("Ein Text mit Kopfzeile.", "Zeile eins.", "Zeile zwei."), results.stream().map(r -> r.article().body()).toList());
    assertEquals(PartialDate.parse("2018-08-08"), results.get(0).article().creationDate());
  }
}
