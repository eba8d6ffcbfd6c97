package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.PartialDate;
import org.chronik.model.io.Tsv;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/**
 * The table of src/test/resources/actors/thin-states-people.tsv through the real parser and linker:
 * leaders of small states named with a title and no state get their person and their office on the
 * article's date, and no office outside their term (rows whose role starts with "!").
 */
class ThinStatesPeopleTest {
  private static final ActorLinker LINKER = ActorLinker.forLanguage("de");

  @Test
  void titledLeadersOfThinlyCoveredStatesGetTheirOfficeOnlyInTheirTerm() {
    InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/actors/thin-states-people.tsv"));
    List<Tsv.Row> rows = Tsv.read("thin-states-people.tsv", in).stream().filter(r -> !r.field(0).equals("date")).toList();
    assertTrue(rows.size() >= 12, "the table has " + rows.size() + " rows");
    assertTrue(rows.stream().anyMatch(r -> r.field(4).startsWith("!")), "the table has a near-miss");
    List<String> failures = new ArrayList<>();
    for (Tsv.Row row : rows) {
      String text = row.field(1);
      Article article = Article.of("thin", PartialDate.parse(row.field(0)), text);
      var sentences = Pipelines.shared().upTo(Layer.SENTENCES).apply(article).layer(Layer.SENTENCES);
      List<Mention> mentions = LINKER.mentions(text, sentences, article.creationDate());
      int begin = text.indexOf(row.field(2));
      int end = begin + row.field(2).length();
      List<Mention> person = mentions.stream()
          .filter(m -> m.span().begin() < end && begin < m.span().end() && m.actor().name().equals(row.field(3))).toList();
      boolean nearMiss = row.field(4).startsWith("!");
      String role = nearMiss ? row.field(4).substring(1) : row.field(4);
      boolean holds = person.stream().anyMatch(m -> role.equals(m.actor().role()));
      if (begin < 0 || person.isEmpty() || holds == nearMiss) {
        failures.add(row.where() + ": " + row.field(2) + " on " + row.field(0) + " expected " + row.field(3) + " / " + row.field(4)
            + ", got " + mentions.stream().map(m -> m.text() + "→" + m.actor().name() + " (" + m.actor().role() + ")")
                .collect(Collectors.joining(", ")));
      }
    }
    System.out.println("thin states: " + (rows.size() - failures.size()) + " of " + rows.size() + " rows pass");
    assertTrue(failures.isEmpty(), failures.size() + " rows fail:\n" + String.join("\n", failures));
  }
}
