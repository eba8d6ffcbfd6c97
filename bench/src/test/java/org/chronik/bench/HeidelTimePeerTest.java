package org.chronik.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;
import org.chronik.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** HeidelTime runs from the generated config.props and its expressions land on body offsets. */
class HeidelTimePeerTest {
  @Test
  void tagsAGermanSentence() {
    String body = "Am 4. Februar 2022 trafen sich die Minister. Drei Wochen später begann der Krieg.";
    List<TimeExpression> found = new HeidelTimePeer().tag(Article.of("t", PartialDate.parse("2022-06-01"), body), false);
    assertTrue(found.stream().anyMatch(t -> t.text().equals("4. Februar 2022") && t.value().equals("2022-02-04")), found.toString());
    found.forEach(t -> assertTrue(body.substring(t.span().begin(), t.span().end()).equals(t.text())));
  }
}
