package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.io.Tsv;
import org.junit.jupiter.api.Test;

/**
 * The table of src/test/resources/actors/cabinet-ministers.tsv through the real parser and linker:
 * ministers beyond heads and foreign ministers, chamber presidents and party chairs of five states get
 * their person and their office on the article's date, and no office a year before their term
 * (rows whose role starts with "!"; each state has one).
 */
class CabinetMinistersTest {
  @Test
  void ministersAndPartyChairsGetTheirOfficeOnlyInTheirTerm() {
    List<Tsv.Row> rows = DatedRows.read("cabinet-ministers.tsv", 15);
    for (String country : List.of("Germany", "Austria", "France", "Switzerland", "United States")) {
      assertTrue(rows.stream().anyMatch(r -> r.field(4).startsWith("!") && r.field(4).endsWith(country)), "a near-miss for " + country);
    }
    List<String> failures = DatedRows.officeFailures(rows);
    System.out.println("cabinet ministers: " + (rows.size() - failures.size()) + " of " + rows.size() + " rows pass");
    assertTrue(failures.isEmpty(), failures.size() + " rows fail:\n" + String.join("\n", failures));
  }
}
