package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.chronik.model.io.Tsv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One table per class of organisations.tsv entries (and the holders of the offices of international
 * bodies), each with our own sentences and near-misses, through the real parser and the linker; the
 * rows have the format of mentions.tsv and are checked as ActorTableTest checks that table.
 */
class OrganizationTableTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"un", "regional", "ngos", "movements", "media", "state-bodies", "igo-offices", "aviation"})
  void everyRowLinksAsExpected(String table) {
    String resource = "/actors/organizations/" + table + ".tsv";
    InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(resource), resource);
    List<Tsv.Row> rows = Tsv.read(table + ".tsv", in).stream().filter(r -> !r.field(0).equals("date")).toList();
    assertTrue(rows.size() >= 15, table + " has only " + rows.size() + " rows");
    assertTrue(rows.stream().anyMatch(r -> r.field(3).equals("-") || r.field(3).startsWith("!")), table + " has no near-miss");
    List<String> failures = ActorTableTest.failures(rows);
    assertTrue(failures.isEmpty(), failures.size() + " of " + rows.size() + " rows fail:\n" + String.join("\n", failures));
  }
}
