package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/**
 * "Regierungskreise", "Präsidentschaftskreise", "Sicherheitskreise" (groups.tsv): the circles an
 * unnamed report comes from are the state's government or security forces; "Kreise der Opposition"
 * are not. Sentences written for this test.
 */
class OfficialCirclesTest {
  private static final ActorLinker LINKER = ActorLinker.forLanguage("de");

  @Test
  void governmentCirclesAreTheGovernment() {
    Mention greek = find("Aus griechischen Regierungskreisen verlautete am Montag, die Gespräche gingen weiter.", "griechischen Regierungskreisen");
    assertEquals("GRC", greek.actor().country());
    assertEquals("GOV", greek.actor().sector());
    Mention hungarian = find("Wie es in ungarischen Regierungskreisen hieß, soll die Reform verschoben werden.", "ungarischen Regierungskreisen");
    assertEquals("HUN", hungarian.actor().country());
    Mention presidency = find("Die Regierung Kenias schweigt. Aus kenianischen Präsidentschaftskreisen hieß es, man prüfe den Vorschlag.",
        "kenianischen Präsidentschaftskreisen");
    assertEquals("KEN", presidency.actor().country());
    assertEquals("GOV", presidency.actor().sector());
  }

  @Test
  void securityCirclesAreTheSecurityForces() {
    Mention egyptian = find("Nach Angaben ägyptischer Sicherheitskreise wurden zwei Verdächtige festgenommen.", "ägyptischer Sicherheitskreise");
    assertEquals("EGY", egyptian.actor().country());
    assertEquals("COP", egyptian.actor().sector());
    Mention turkish = find("Aus türkischen Sicherheitskreisen verlautete, der Anschlag sei vereitelt worden.", "türkischen Sicherheitskreisen");
    assertEquals("TUR", turkish.actor().country());
  }

  @Test
  void circlesOfTheOppositionAreNoGovernment() {
    List<Mention> mentions = mentions("Aus Kreisen der Opposition hieß es, man werde gegen das Gesetz klagen.");
    assertTrue(mentions.stream().noneMatch(m -> m.actor() != null && "GOV".equals(m.actor().sector())), mentions.toString());
  }

  private static Mention find(String text, String name) {
    List<Mention> mentions = mentions(text);
    return mentions.stream().filter(m -> m.text().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention of " + name + ": " + mentions.stream().map(m -> m.text() + "=" + m.actor()).toList()));
  }

  private static List<Mention> mentions(String text) {
    Article article = Article.of("circles", PartialDate.parse("2024-03-12"), text);
    return LINKER.apply(Pipelines.shared().upTo(Layer.SENTENCES).apply(article)).layer(Layer.MENTIONS);
  }
}
