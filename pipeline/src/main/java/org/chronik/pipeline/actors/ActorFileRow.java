package org.chronik.pipeline.actors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronik.model.io.Tsv;

/**
 * One data line of an actor file with its kind, its fields in the canonical column order of that
 * kind and its Wikidata id. The one reader of the format for the dictionary and for tools that
 * write or compare actor files (the Wikidata importer).
 *
 * @param wikidata "Q…" or null
 */
public record ActorFileRow(ActorFileKind kind, List<String> fields, String wikidata, String source, int line) {
  public ActorFileRow {
    fields = List.copyOf(fields);
  }

  /** The field of {@code column}, one of {@link ActorFileKind#columns()}; "" when empty. */
  public String get(String column) {
    int i = kind.columns().indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException(kind + " has no column " + column);
    }
    return fields.get(i);
  }

  public String where() {
    return source + " line " + line;
  }

  Tsv.Row tsv() {
    return new Tsv.Row(source, line, fields.toArray(String[]::new));
  }

  /** The rows of an actor file on disk; bad lines are left out with one warning each. */
  public static List<ActorFileRow> read(Path file, List<String> warnings) {
    return parse(Tsv.file(file), warnings);
  }

  /** The rows of the built-in file of {@code kind} (none when it does not exist). */
  public static List<ActorFileRow> readBuiltIn(ActorFileKind kind, List<String> warnings) {
    return parse(Tsv.optionalResource(ActorFiles.FOLDER + kind.fileName()), warnings);
  }

  /**
   * The rows under their layout: a header line (its first field a column name: {@code name},
   * {@code iso3}, {@code wikidata}, …) names the columns of the lines below it; a line without header is told by its
   * count. Lines under a header that names no kind are skipped, not guessed.
   */
  static List<ActorFileRow> parse(List<Tsv.Row> rows, List<String> warnings) {
    List<ActorFileRow> out = new ArrayList<>();
    forEach(rows, warnings, out::add);
    return out;
  }

  /** As {@link #parse}, handing each row on at once so that warnings stay in line order. */
  static void forEach(List<Tsv.Row> rows, List<String> warnings, java.util.function.Consumer<ActorFileRow> action) {
    ActorFileLayout header = null;
    boolean badHeader = false;
    for (Tsv.Row raw : rows) {
      try {
        if (ActorFileLayout.isHeader(raw)) {
          header = null;
          badHeader = true;
          header = ActorFileLayout.ofHeader(raw);
          badHeader = false;
          continue;
        }
        if (badHeader) {
          continue;
        }
        ActorFileLayout layout = header != null ? header : ActorFileLayout.ofCount(raw.fields().length);
        Tsv.Row row = layout.canonical(raw);
        action.accept(new ActorFileRow(layout.kind(), Arrays.asList(row.fields()), layout.wikidata(raw), raw.source(), raw.line()));
      } catch (IllegalArgumentException e) {
        warnings.add(raw.where() + ": " + e.getMessage());
      }
    }
  }
}
