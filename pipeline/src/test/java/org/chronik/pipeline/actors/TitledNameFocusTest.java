package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/**
 * An unknown name after a title without a country word: a title of its own sector takes the article's
 * focus country even when the article names other states too; a bare "Sprecher" does not. Sentences
 * written for this test.
 */
class TitledNameFocusTest {
  private static final ActorLinker LINKER = ActorLinker.forLanguage("de");
  private static final String SCENE = "Der Iran wählt, in Teheran ist es ruhig. Deutschland, Frankreich und Großbritannien mahnen zur Fairness. ";

  @Test
  void aTitleOfItsOwnSectorTakesTheFocusCountry() {
    Mention minister = mention(SCENE + "Innenminister Reza Tavakoli verkündete das Ergebnis.", "Reza Tavakoli");
    assertEquals("IRN", minister.actor().country());
    assertEquals("GOV", minister.actor().sector());
    assertEquals("focus: IRN", minister.attributeSource());
    Mention general = mention(SCENE + "Auch Brigadegeneral Hamid Sadeghi gab eine Erklärung ab.", "Hamid Sadeghi");
    assertEquals("IRN", general.actor().country());
    assertEquals("MIL", general.actor().sector());
  }

  @Test
  void aBareSpokespersonInAnArticleAboutSeveralStatesKeepsNoCountry() {
    assertNull(mention(SCENE + "Das sagte Sprecher Tom Baxter am Abend.", "Tom Baxter").actor().country());
  }

  private static Mention mention(String text, String name) {
    Article article = Article.of("focus", PartialDate.parse("2024-06-20"), text);
    List<Mention> mentions = LINKER.apply(Pipelines.shared().upTo(Layer.SENTENCES).apply(article)).layer(Layer.MENTIONS);
    return mentions.stream().filter(m -> m.text().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention of " + name + ": " + mentions.stream().map(Mention::text).toList()));
  }
}
