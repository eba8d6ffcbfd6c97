package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronik.model.io.Tsv;

/**
 * Where the columns of an actor file are: named by a header line ({@code name aliases … wikidata}),
 * or, for a line without header, told by its count as files were before the Wikidata column existed.
 * {@link #canonical} puts a row's fields in the order {@link ActorFileKind#columns()} gives.
 */
record ActorFileLayout(ActorFileKind kind, int[] positions, int wikidataPosition, int width) {
  /** A line is a header when its first field is a column name of some kind (or wikidata): no actor is called "iso3". */
  private static final Set<String> HEADER_FIRST_FIELDS = columnNames();
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  private static Set<String> columnNames() {
    Set<String> names = new java.util.HashSet<>(Set.of(ActorFileKind.WIKIDATA));
    for (ActorFileKind kind : ActorFileKind.values()) {
      names.addAll(kind.columns());
    }
    return Set.copyOf(names);
  }

  static boolean isHeader(Tsv.Row row) {
    return HEADER_FIRST_FIELDS.contains(row.field(0));
  }

  /** The layout a header line names; an error naming the unknown set when it fits no kind. */
  static ActorFileLayout ofHeader(Tsv.Row header) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < header.fields().length; i++) {
      names.add(header.field(i));
    }
    ActorFileKind kind = ActorFileKind.byColumns(names).orElseThrow(() -> new IllegalArgumentException(
        "header " + names + " names the columns of no actor file (see actors/README.md); the lines up to the next header are skipped"));
    int[] positions = kind.columns().stream().mapToInt(names::indexOf).toArray();
    return new ActorFileLayout(kind, positions, names.indexOf(ActorFileKind.WIKIDATA), names.size());
  }

  /** The layout of a headerless line: 3 capitals, 5 organisations, 6 countries, 7 people. */
  static ActorFileLayout ofCount(int count) {
    ActorFileKind kind = ActorFileKind.byCount(count).orElseThrow(() -> new IllegalArgumentException(
        count + " columns; expected 3 (capitals), 5 (organisations), 6 (countries) or 7 (people), or a header line"));
    int[] positions = new int[count];
    for (int i = 0; i < count; i++) {
      positions[i] = i;
    }
    return new ActorFileLayout(kind, positions, -1, count);
  }

  /**
   * The row with its fields in canonical order. A row of a headed file has the header's width, or
   * lacks only a trailing {@value ActorFileKind#WIKIDATA} column.
   */
  Tsv.Row canonical(Tsv.Row row) {
    int n = row.fields().length;
    boolean onlyWikidataMissing = n == width - 1 && wikidataPosition == width - 1;
    if (n != width && !onlyWikidataMissing) {
      throw new IllegalArgumentException(n + " columns; the header names " + width);
    }
    String[] fields = new String[positions.length];
    for (int i = 0; i < positions.length; i++) {
      fields[i] = row.field(positions[i]);
    }
    return new Tsv.Row(row.source(), row.line(), fields);
  }

  /** The row's Wikidata id, or null when the file has no such column or the field is empty. */
  String wikidata(Tsv.Row row) {
    String id = wikidataPosition < 0 ? "" : row.field(wikidataPosition);
    if (id.isEmpty()) {
      return null;
    }
    if (!QID.matcher(id).matches()) {
      throw new IllegalArgumentException("bad wikidata id \"" + id + "\" (expected Q and digits)");
    }
    return id;
  }
}
