package org.chronik.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronik.ingest.InputException;
import org.chronik.ingest.SeedFormat;
import org.chronik.model.Article;

/** Reads the articles named on a command line; reports each bad input on stderr and goes on. */
record Inputs(List<Article> articles, int failures) {
  static Inputs read(List<String> paths, String date) throws IOException {
    List<Article> articles = new ArrayList<>();
    int failures = 0;
    for (String p : paths) {
      Path path = Path.of(p);
      List<Path> files;
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
      } else {
        files = List.of(path);
      }
      for (Path file : files) {
        try {
          articles.add(SeedFormat.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
        } catch (InputException e) {
          System.err.println(e.getMessage());
          failures++;
        } catch (IOException e) {
          System.err.println(file + ": cannot read: " + e.getMessage());
          failures++;
        }
      }
    }
    return new Inputs(articles, failures);
  }
}
