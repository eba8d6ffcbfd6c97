package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.chronik.model.Mention;
import org.chronik.model.io.Tsv;
import org.junit.jupiter.api.Test;

/**
 * The table of src/test/resources/actors/thin-states-people.tsv through the real parser and linker:
 * leaders of small states named with a title and no state get their person and their office on the
 * article's date, and no office outside their term (rows whose role starts with "!").
 */
class ThinStatesPeopleTest {
  @Test
  void titledLeadersOfThinlyCoveredStatesGetTheirOfficeOnlyInTheirTerm() {
    List<Tsv.Row> rows = DatedRows.read("thin-states-people.tsv", 12);
    assertTrue(rows.stream().anyMatch(r -> r.field(4).startsWith("!")), "the table has a near-miss");
    List<String> failures = new ArrayList<>();
    for (Tsv.Row row : rows) {
      DatedRows.Linked linked = DatedRows.link(row);
      List<Mention> person = linked.over().stream().filter(m -> m.actor().name().equals(row.field(3))).toList();
      boolean nearMiss = row.field(4).startsWith("!");
      String role = nearMiss ? row.field(4).substring(1) : row.field(4);
      boolean holds = person.stream().anyMatch(m -> role.equals(m.actor().role()));
      if (!linked.phraseFound() || person.isEmpty() || holds == nearMiss) {
        failures.add(row.where() + ": " + row.field(2) + " on " + row.field(0) + " expected " + row.field(3) + " / " + row.field(4)
            + ", got " + linked.all().stream().map(m -> m.text() + "→" + m.actor().name() + " (" + m.actor().role() + ")")
                .collect(Collectors.joining(", ")));
      }
    }
    System.out.println("thin states: " + (rows.size() - failures.size()) + " of " + rows.size() + " rows pass");
    assertTrue(failures.isEmpty(), failures.size() + " rows fail:\n" + String.join("\n", failures));
  }
}
