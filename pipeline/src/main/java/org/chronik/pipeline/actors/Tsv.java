package org.chronik.pipeline.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated knowledge files: '#' starts a comment line, blank lines are skipped. Public for the Wikidata importer's mapping tables. */
public final class Tsv {
  /** One data line with where it came from, so that errors can name the input. */
  public record Row(String source, int line, String[] fields) {
    public String field(int i) {
      return i < fields.length ? fields[i].strip() : "";
    }

    public String where() {
      return source + " line " + line;
    }
  }

  private Tsv() {}

  /** Rows of a classpath resource; a missing resource is an error of the build, not of the input. */
  public static List<Row> resource(String path) {
    InputStream in = Tsv.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return read(path, in);
  }

  /** Rows of a classpath resource, or none when it does not exist. */
  static List<Row> optionalResource(String path) {
    InputStream in = Tsv.class.getClassLoader().getResourceAsStream(path);
    return in == null ? List.of() : read(path, in);
  }

  public static List<Row> file(Path path) {
    try {
      return read(path.toString(), Files.newInputStream(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor file " + path + ": " + e.getMessage(), e);
    }
  }

  public static List<Row> read(String source, InputStream in) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(new Row(source, number, line.split("\t", -1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return rows;
  }

  /** Splits a '|'-separated list, dropping empty items. */
  public static List<String> list(String field) {
    List<String> items = new ArrayList<>();
    for (String item : field.split("\\|")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }
}
