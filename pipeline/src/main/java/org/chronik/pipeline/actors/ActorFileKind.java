package org.chronik.pipeline.actors;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of actor file and their columns, in the order a file without a header line has them.
 * Every kind may carry one more column, {@value #WIKIDATA}, the entity's Wikidata id ("Q64"), but only
 * in a file whose header line names its columns: without a header the kind is told by the column
 * count alone (3, 5, 6, 7), as before the id existed.
 */
public enum ActorFileKind {
  CAPITALS("capitals.tsv", List.of("iso3", "name", "german")),
  ORGANIZATIONS("organizations.tsv", List.of("name", "aliases", "type", "country", "sector")),
  COUNTRIES("countries.tsv", List.of("iso3", "name", "type", "german", "adjectives", "demonyms")),
  PEOPLE("people.tsv", List.of("name", "aliases", "country", "sector", "role", "from", "to"));

  /** The optional column holding the Wikidata id. */
  public static final String WIKIDATA = "wikidata";

  private final String fileName;
  private final List<String> columns;

  ActorFileKind(String fileName, List<String> columns) {
    this.fileName = fileName;
    this.columns = columns;
  }

  /** The name of the built-in file of this kind. */
  public String fileName() {
    return fileName;
  }

  /** The columns without {@value #WIKIDATA}, in the order of a file without header. */
  public List<String> columns() {
    return columns;
  }

  /** The kind a headerless line of {@code count} columns has. */
  static Optional<ActorFileKind> byCount(int count) {
    for (ActorFileKind kind : values()) {
      if (kind.columns.size() == count) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** The kind whose columns are exactly {@code names}, {@value #WIKIDATA} aside, in any order. */
  static Optional<ActorFileKind> byColumns(List<String> names) {
    List<String> rest = names.stream().filter(n -> !n.equals(WIKIDATA)).sorted().toList();
    for (ActorFileKind kind : values()) {
      if (kind.columns.stream().sorted().toList().equals(rest)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
