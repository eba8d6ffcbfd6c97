package org.chronik.model.io;

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

/**
 * The one reader of the tab-separated data files (knowledge under {@code lang/}, {@code actors/},
 * codebooks, benchmark tables, mapping tables): {@code #} at a line start makes a comment, blank
 * lines are skipped, fields are split at every tab (empty fields kept). A malformed row fails with
 * one line naming the file and the line ({@link Row#where()}); a {@link Table} reads columns by
 * the names of its header line.
 */
public final class Tsv {
  /** One data line with where it came from, so that errors can name the input. */
  public record Row(String source, int line, String[] fields) {
    /** The field, stripped; "" when the row is shorter. */
    public String field(int i) {
      return i < fields.length ? fields[i].strip() : "";
    }

    /** "file line N", for error messages. */
    public String where() {
      return source + " line " + line;
    }

    /** An error naming this row: {@code file line N: problem}. */
    public IllegalArgumentException error(String problem) {
      return new IllegalArgumentException(where() + ": " + problem);
    }
  }

  /** A table whose first row names its columns: the rows below it, read by column name. */
  public record Table(String source, List<String> columns, List<Row> rows) {
    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }

    /** The first row as header, the rest as rows of exactly its width; an error naming file (and line) otherwise. */
    public static Table of(List<Row> rows, String source) {
      if (rows.isEmpty()) {
        throw new IllegalArgumentException(source + ": no header line");
      }
      Row header = rows.get(0);
      List<String> names = new ArrayList<>();
      for (int i = 0; i < header.fields().length; i++) {
        names.add(header.field(i));
      }
      return new Table(source, names, Tsv.columns(rows.subList(1, rows.size()), names.size()));
    }

    /** The position of a column; an error naming the file when the header lacks it. */
    public int column(String name) {
      int i = columns.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException(source + ": the header " + columns + " has no column \"" + name + "\"");
      }
      return i;
    }

    /** The named field of one of the rows (stripped). */
    public String get(Row row, String column) {
      return row.field(column(column));
    }
  }

  private Tsv() {}

  /** Rows of a class-path resource (a leading '/' is optional); a missing resource is an error of the build, not of the input. */
  public static List<Row> resource(String path) {
    String name = path.startsWith("/") ? path.substring(1) : path;
    InputStream in = Tsv.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return read(path, in);
  }

  /** Rows of a resource beside {@code owner} (or absolute with a leading '/'), as {@link Class#getResourceAsStream} finds it. */
  public static List<Row> resource(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
    }
    return read(name, in);
  }

  /** Rows of a class-path resource, or none when it does not exist. */
  public static List<Row> optionalResource(String path) {
    return exists(path) ? resource(path) : List.of();
  }

  /** True when the class-path resource exists (a leading '/' is optional). */
  public static boolean exists(String path) {
    return Tsv.class.getClassLoader().getResource(path.startsWith("/") ? path.substring(1) : path) != null;
  }

  public static List<Row> file(Path path) {
    try {
      return read(path.toString(), Files.newInputStream(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Rows of a stream (closed here); {@code source} names it in errors. */
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

  /** The rows, each checked to have exactly {@code columns} fields; the first that has not fails naming file and line. */
  public static List<Row> columns(List<Row> rows, int columns) {
    for (Row row : rows) {
      if (row.fields().length != columns) {
        throw row.error("expected " + columns + " tab-separated columns, found " + row.fields().length);
      }
    }
    return rows;
  }

  /** The fields (as written) of a class-path resource whose every row has exactly {@code columns} of them. */
  public static List<String[]> fields(String path, int columns) {
    return columns(resource(path), columns).stream().map(Row::fields).toList();
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
