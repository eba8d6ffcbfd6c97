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

/**
 * A test table whose rows are an article date, a text and a phrase of it (the first three columns),
 * read through the real parser and linker: the mentions of the whole text and those over the phrase.
 */
final class DatedRows {
  private static final ActorLinker LINKER = ActorLinker.forLanguage("de");

  /** What the linker found for one row: every mention of the text, and those overlapping the phrase (none if it is missing). */
  record Linked(List<Mention> all, List<Mention> over, boolean phraseFound) {}

  private DatedRows() {}

  /** The data rows of a table under src/test/resources/actors/, at least {@code minimum} of them. */
  static List<Tsv.Row> read(String file, int minimum) {
    InputStream in = Objects.requireNonNull(DatedRows.class.getResourceAsStream("/actors/" + file), file);
    List<Tsv.Row> rows = Tsv.read(file, in).stream().filter(r -> !r.field(0).equals("date")).toList();
    assertTrue(rows.size() >= minimum, file + " has " + rows.size() + " rows");
    return rows;
  }

  static Linked link(Tsv.Row row) {
    String text = row.field(1);
    Article article = Article.of("table", PartialDate.parse(row.field(0)), text);
    var sentences = Pipelines.shared().upTo(Layer.SENTENCES).apply(article).layer(Layer.SENTENCES);
    List<Mention> mentions = LINKER.mentions(text, sentences, article.creationDate());
    int begin = text.indexOf(row.field(2));
    int end = begin + row.field(2).length();
    List<Mention> over = begin < 0 ? List.of()
        : mentions.stream().filter(m -> m.span().begin() < end && begin < m.span().end()).toList();
    return new Linked(mentions, over, begin >= 0);
  }

  /**
   * Rows whose person (column 4) is not found over the phrase, or holds the role label of column 5 on
   * the date when the row says it must not (a label starting with "!"), or does not hold it when it must.
   */
  static List<String> officeFailures(List<Tsv.Row> rows) {
    List<String> failures = new ArrayList<>();
    for (Tsv.Row row : rows) {
      Linked linked = link(row);
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
    return failures;
  }
}
