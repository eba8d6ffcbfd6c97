package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
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
}
