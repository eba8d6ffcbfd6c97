package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.chronik.model.io.Tsv;
import org.junit.jupiter.api.Test;

/**
 * The table of src/test/resources/actors/roles-at-date.tsv through the real parser: office holders
 * named only by title (offices of international bodies, possessives), before and after a change of holder.
 */
class RoleAtDateTest {
  @Test
  void everyTitleResolvesToTheHolderOnTheArticlesDate() {
    List<Tsv.Row> rows = DatedRows.read("roles-at-date.tsv", 25);
    List<String> failures = new ArrayList<>();
    for (Tsv.Row row : rows) {
      DatedRows.Linked linked = DatedRows.link(row);
      if (!linked.phraseFound() || linked.over().stream().noneMatch(m -> m.actor().name().equals(row.field(3)))) {
        failures.add(row.where() + ": " + row.field(2) + " on " + row.field(0) + " expected " + row.field(3) + ", got "
            + linked.over().stream().map(m -> m.text() + "→" + m.actor().name()).collect(Collectors.joining(", ")));
      }
    }
    System.out.println("role at date: " + (rows.size() - failures.size()) + " of " + rows.size() + " rows pass");
    assertTrue(failures.isEmpty(), failures.size() + " rows fail:\n" + String.join("\n", failures));
  }
}
