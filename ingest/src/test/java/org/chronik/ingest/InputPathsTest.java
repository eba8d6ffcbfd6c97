package org.chronik.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPathsTest {
  @TempDir Path dir;

  private Path write(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "Der Rat tagte.", StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void directoriesBecomeTheirReadableFilesSortedAndOtherInputsStay() throws IOException {
    Path news = dir.resolve("news");
    write("news/b/2.HTML");
    write("news/a.txt");
    write("news/b/1.jsonl");
    write("news/notes.md");
    write("news/image.png");
    Path single = write("single.md");
    List<String> expanded = InputPaths.expand(List.of(news.toString(), "-", single.toString()));
    assertEquals(List.of(news.resolve("a.txt").toString(), news.resolve("b/1.jsonl").toString(),
        news.resolve("b/2.HTML").toString(), "-", single.toString()), expanded);
  }

  @Test
  void aDirectoryWithoutReadableFilesStaysSoTheReadersReportIt() throws IOException {
    Path empty = dir.resolve("empty");
    write("empty/readme.md");
    assertEquals(List.of(empty.toString()), InputPaths.expand(List.of(empty.toString())));
    List<ReadResult> results = Readers.read(List.of(empty.toString()), ReadOptions.defaults()).toList();
    assertEquals(empty + ": no .txt, .jsonl, .html, .htm, .csv or .tsv files in this directory", results.get(0).error());
  }

  @Test
  void theReadersReadADirectoryAsTheWalkerListsIt() throws IOException {
    Path news = dir.resolve("walk");
    write("walk/z.txt");
    write("walk/m/y.txt");
    write("walk/skip.csv.bak");
    List<String> sources = Readers.read(List.of(news.toString()), ReadOptions.defaults()).map(r -> r.article().source()).toList();
    assertEquals(InputPaths.expand(List.of(news.toString())), sources);
  }
}
