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

/** The table of src/test/resources/actors/mentions.tsv through the real parser and the linker. */
class ActorTableTest {
  private static final ActorLinker LINKER = ActorLinker.forLanguage("de");

  @Test
  void everyRowLinksAsExpected() {
    InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/actors/mentions.tsv"));
    List<Tsv.Row> rows = Tsv.read("mentions.tsv", in).stream().filter(r -> !r.field(0).equals("date")).toList();
    assertTrue(rows.size() >= 100, "the table has " + rows.size() + " rows");
    List<String> failures = failures(rows);
    failures.forEach(System.out::println);
    System.out.println("actor table: " + (rows.size() - failures.size()) + " of " + rows.size() + " rows pass");
    assertTrue(failures.isEmpty(), failures.size() + " rows fail:\n" + String.join("\n", failures));
  }

  @Test
  void randomTextThroughTheParserNeverThrows() {
    java.util.Random random = new java.util.Random(7);
    String[] words = {"Xi", "Jiping", "beide", "Seiten", "US-", "Präsident", "Kreml", "in", "Peking", "Er", "Lukoil", "-", ".", "\n", "(", "„"};
    for (int round = 0; round < 5; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 60; i++) {
        text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
      }
      Article article = Article.of("random", PartialDate.parse("2024-01-01"), text.toString());
      var doc = LINKER.apply(Pipelines.shared().upTo(Layer.SENTENCES).apply(article));
      for (Mention m : doc.layer(Layer.MENTIONS)) {
        assertTrue(m.span().end() <= article.body().length() && m.text().equals(article.body().substring(m.span().begin(), m.span().end())));
      }
    }
  }

  /** Null when the row links as expected, else what went wrong; shared with {@link OrganizationTableTest}. */
  /** The rows of a table in this test's format that fail {@link #check}, each with where it stands and why. */
  static List<String> failures(List<Tsv.Row> rows) {
    List<String> failures = new ArrayList<>();
    for (Tsv.Row row : rows) {
      String problem = check(row);
      if (problem != null) {
        failures.add(row.where() + ": " + problem);
      }
    }
    return failures;
  }

  static String check(Tsv.Row row) {
    String text = row.field(1);
    Article article = Article.of("table", row.field(0).equals("undated") ? null : PartialDate.parse(row.field(0)), text);
    // through the cleaner, so that a dateline place is what the cleaner says it is
    List<Mention> mentions = LINKER.apply(Pipelines.shared().upTo(Layer.SENTENCES).apply(article)).layer(Layer.MENTIONS);
    int begin = text.indexOf(row.field(2));
    if (begin < 0) {
      return "mention \"" + row.field(2) + "\" is not in the text";
    }
    int end = begin + row.field(2).length();
    List<Mention> overlapping = mentions.stream().filter(m -> m.span().begin() < end && begin < m.span().end()).toList();
    String expected = row.field(3);
    String seen = overlapping.stream().map(m -> m.text() + "→" + m.actor().name() + "/" + m.actor().country() + "/" + m.actor().sector())
        .collect(Collectors.joining(", "));
    if (expected.equals("-")) {
      return overlapping.isEmpty() ? null : "expected no mention, got " + seen;
    }
    if (expected.startsWith("!")) {
      return overlapping.stream().anyMatch(m -> m.actor().name().equals(expected.substring(1))) ? "must not link " + expected.substring(1) + ", got " + seen : null;
    }
    for (Mention m : overlapping) {
      boolean name = m.actor().name().equals(expected);
      boolean country = row.field(4).isEmpty() || row.field(4).equals(m.actor().country())
          || row.field(4).equals("none") && m.actor().country() == null;
      boolean sector = row.field(5).isEmpty() || row.field(5).equals(m.actor().sector());
      if (name && country && sector) {
        return null;
      }
    }
    return "expected " + expected + "/" + row.field(4) + "/" + row.field(5) + ", got [" + seen + "]";
  }
}
