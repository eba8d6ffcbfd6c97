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
 * The table of src/test/resources/actors/roles-at-date.tsv through the real parser: office holders
 * named only by title (offices of international bodies, possessives), before and after a change of holder.
 */
class RoleAtDateTest {
  private static final ActorLinker LINKER = ActorLinker.forLanguage("de");

  @Test
  void everyTitleResolvesToTheHolderOnTheArticlesDate() {
    InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/actors/roles-at-date.tsv"));
    List<Tsv.Row> rows = Tsv.read("roles-at-date.tsv", in).stream().filter(r -> !r.field(0).equals("date")).toList();
    assertTrue(rows.size() >= 25, "the table has " + rows.size() + " rows");
    List<String> failures = new ArrayList<>();
    for (Tsv.Row row : rows) {
      String text = row.field(1);
      Article article = Article.of("roles", PartialDate.parse(row.field(0)), text);
      var sentences = Pipelines.shared().upTo(Layer.SENTENCES).apply(article).layer(Layer.SENTENCES);
      List<Mention> mentions = LINKER.mentions(text, sentences, article.creationDate());
      int begin = text.indexOf(row.field(2));
      int end = begin + row.field(2).length();
      List<Mention> over = mentions.stream().filter(m -> m.span().begin() < end && begin < m.span().end()).toList();
      if (begin < 0 || over.stream().noneMatch(m -> m.actor().name().equals(row.field(3)))) {
        failures.add(row.where() + ": " + row.field(2) + " on " + row.field(0) + " expected " + row.field(3) + ", got "
            + over.stream().map(m -> m.text() + "→" + m.actor().name()).collect(Collectors.joining(", ")));
      }
    }
    System.out.println("role at date: " + (rows.size() - failures.size()) + " of " + rows.size() + " rows pass");
    assertTrue(failures.isEmpty(), failures.size() + " rows fail:\n" + String.join("\n", failures));
  }
}
