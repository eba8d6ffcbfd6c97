package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
    List<String> failures = DatedRows.officeFailures(rows);
    System.out.println("thin states: " + (rows.size() - failures.size()) + " of " + rows.size() + " rows pass");
    assertTrue(failures.isEmpty(), failures.size() + " rows fail:\n" + String.join("\n", failures));
  }
}
