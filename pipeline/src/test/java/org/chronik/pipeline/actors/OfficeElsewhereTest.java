package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.chronik.model.io.Tsv;
import org.junit.jupiter.api.Test;

/**
 * Titles of another state's office in an article about several states (OfficeElsewhere) through the real parser
 * and the linker: the rows of actors/office-elsewhere.tsv, in mentions.tsv's format, with paraphrases for three
 * state pairs and the near-misses (two states equally likely, an office known to be held by another, a sentence
 * about a state that is no candidate); and a bare name titled later with a single office of the focus state.
 */
class OfficeElsewhereTest {
  @Test
  void everyRowLinksAsExpected() {
    InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/actors/office-elsewhere.tsv"));
    List<Tsv.Row> rows = Tsv.read("office-elsewhere.tsv", in).stream().filter(r -> !r.field(0).equals("date")).toList();
    assertTrue(rows.size() >= 8, "the table has " + rows.size() + " rows");
    List<String> failures = ActorTableTest.failures(rows);
    assertTrue(failures.isEmpty(), failures.size() + " of " + rows.size() + " rows fail:\n" + String.join("\n", failures));
  }
}
