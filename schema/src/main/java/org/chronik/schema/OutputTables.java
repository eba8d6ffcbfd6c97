package org.chronik.schema;

import java.util.ArrayList;
import java.util.List;

/** Every table of the public schema: a document's own ({@link DocumentRows#TABLES}), then those merged across documents. */
public final class OutputTables {
  private OutputTables() {}

  /** Tables made from many documents: {@code events}, the merge of {@code event_mentions}. */
  public static final List<Table<?>> MERGED = List.of(MergedEventRow.TABLE);

  public static final List<Table<?>> ALL = all();

  private static List<Table<?>> all() {
    List<Table<?>> all = new ArrayList<>(DocumentRows.TABLES);
    all.addAll(MERGED);
    return List.copyOf(all);
  }
}
