package org.chronik.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input gives exactly one line "path: problem", and the good inputs around it are still read. */
class BadInputTest {
  @TempDir Path dir;

  private Path good(String name) throws IOException {
    return Files.writeString(dir.resolve(name), "Ein ordentlicher Text über den Haushalt.", StandardCharsets.UTF_8);
  }

  /** Reads good, bad, good and returns the error lines, checking that both good files came through. */
  private List<String> errorsAround(Path bad) throws IOException {
    Path before = good("before.txt");
    Path after = good("after.txt");
    List<ReadResult> results = Readers.read(List.of(before.toString(), bad.toString(), after.toString()), ReadOptions.defaults()).toList();
    assertEquals(2, results.stream().filter(ReadResult::ok).count(), "good files must still be read");
    assertTrue(results.get(0).ok() && results.get(results.size() - 1).ok());
    return results.stream().filter(r -> !r.ok()).map(ReadResult::error).toList();
  }

  @Test
  void missingFile() throws IOException {
    Path bad = dir.resolve("fehlt.txt");
    assertEquals(List.of(bad + ": no such file"), errorsAround(bad));
  }

  @Test
  void unreadableFile() throws IOException {
    Path bad = Files.writeString(dir.resolve("geheim.txt"), "Text");
    Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("---------"));
    // root reads everything: then there is no unreadable file to test with
    Assumptions.assumeFalse(Files.isReadable(bad), "running as a user who can read mode 000 files");
    assertEquals(List.of(bad + ": cannot read file: permission denied"), errorsAround(bad));
  }

  @Test
  void pathThroughAFileIsOneError() throws IOException {
    Path bad = good("datei.txt").resolve("kind.txt");
    List<String> errors = errorsAround(bad);
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).startsWith(bad + ": cannot read file: "), errors.get(0));
    assertEquals(1, errors.get(0).split(java.util.regex.Pattern.quote(bad.toString()), -1).length - 1, "path named once");
  }

  @Test
  void directoryWithoutArticles() throws IOException {
    Path bad = Files.createDirectories(dir.resolve("bilder"));
    Files.write(bad.resolve("foto.jpg"), new byte[] {1, 2, 3});
    assertEquals(List.of(bad + ": no .txt, .jsonl, .html, .htm, .csv or .tsv files in this directory"), errorsAround(bad));
  }

  @Test
  void invalidUtf8() throws IOException {
    byte[] latin1 = "Die Brücke".getBytes(StandardCharsets.ISO_8859_1);
    Path bad = Files.write(dir.resolve("latin1.txt"), latin1);
    assertEquals(List.of(bad + ": invalid UTF-8 at byte offset 6"), errorsAround(bad));
  }

  @Test
  void binaryContent() throws IOException {
    Path bad = Files.write(dir.resolve("bild.txt"), new byte[] {'G', 'I', 'F', '8', 0, 1, 2});
    assertEquals(List.of(bad + ": binary content (NUL byte at offset 4), not a text file"), errorsAround(bad));
  }

  @Test
  void emptyAndBlankFiles() throws IOException {
    Path empty = Files.write(dir.resolve("leer.txt"), new byte[0]);
    assertEquals(List.of(empty + ": empty file"), errorsAround(empty));
    Path blank = Files.writeString(dir.resolve("blank.jsonl"), " \n\n\t\n");
    assertEquals(List.of(blank + ": empty file"), errorsAround(blank));
  }

  @Test
  void malformedDateHeader() throws IOException {
    Path month13 = Files.writeString(dir.resolve("m13.txt"), " date 2024-13-01 Text.");
    assertEquals(List.of(month13 + ": bad date header on line 1: \"date 2024-13-01\" (expected YYYY-MM-DD or YYYY-MM)"),
        errorsAround(month13));
    Path words = Files.writeString(dir.resolve("words.txt"), " date gestern Text.");
    assertEquals(1, errorsAround(words).size());
    assertTrue(errorsAround(words).get(0).startsWith(words + ": bad date header on line 1"));
    Path noBody = Files.writeString(dir.resolve("nobody.txt"), " date 2024-01-02  \n");
    assertEquals(List.of(noBody + ": no text after the date header"), errorsAround(noBody));
  }

  @Test
  void fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
    Path bad = dir.resolve("riesig.txt");
    try (RandomAccessFile f = new RandomAccessFile(bad.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> errorsAround(bad));
    assertEquals(List.of(bad + ": file too large: 52428800 bytes (limit 20971520)"), errors);
  }

  @Test
  void htmlWithoutText() throws IOException {
    Path bad = Files.writeString(dir.resolve("leer.html"), "<html><head><title>Nichts</title></head><body></body></html>");
    assertEquals(List.of(bad + ": no article text found in the HTML page"), errorsAround(bad));
  }
}
