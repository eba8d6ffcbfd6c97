package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.ActorType;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/**
 * A capital named as where an impersonal report comes from is its government; the same capital as a
 * scene, after another verb or beside several other states stays a place. Sentences written for this test.
 */
class ReportOriginsTest {
  private static final ActorLinker LINKER = ActorLinker.forLanguage("de");

  @Test
  void aCapitalAReportComesFromIsItsGovernment() {
    assertGovernment("Aus Rom hieß es am Dienstag, die Entscheidung Ankaras sei ein schwerer Fehler.", "Rom", "ITA");
    assertGovernment("Wie aus Moskau verlautete, wolle man die Gespräche bald fortsetzen.", "Moskau", "RUS");
    assertGovernment("Am Abend hieß es dann in Madrid, man halte an den Zusagen fest.", "Madrid", "ESP");
  }

  @Test
  void anAgentlessPassiveReportCountsToo() {
    assertGovernment("In Warschau wurde betont, man stehe fest an der Seite der Nachbarn.", "Warschau", "POL");
  }

  @Test
  void aCapitalAsSceneOrBesideSeveralStatesStaysAPlace() {
    assertPlace("In Rom regnete es am Dienstag den ganzen Tag.", "Rom");
    assertPlace("In Rom hieß es beim Treffen der Vertreter Frankreichs, Spaniens und Griechenlands, man sei sich einig.", "Rom");
    assertPlace("Die Ministerin teilte in Warschau mit, die Grenze bleibe offen.", "Warschau");
  }

  @Test
  void aCityThatIsNoCapitalSpeaksForNoState() {
    List<Mention> mentions = mentions("Aus München hieß es, die Messe finde wie geplant statt.");
    assertTrue(mentions.stream().noneMatch(m -> m.actor() != null && "GOV".equals(m.actor().sector())), mentions.toString());
  }

  private static void assertGovernment(String text, String capital, String country) {
    Mention m = find(text, capital);
    assertEquals(country, m.actor().country(), text);
    assertEquals("GOV", m.actor().sector(), text);
    assertEquals("METONYM", m.kind(), text);
  }

  private static void assertPlace(String text, String capital) {
    assertEquals(ActorType.LOCATION, find(text, capital).actor().type(), text);
  }

  private static Mention find(String text, String name) {
    List<Mention> mentions = mentions(text);
    return mentions.stream().filter(m -> m.text().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention of " + name + ": " + mentions.stream().map(Mention::text).toList()));
  }

  private static List<Mention> mentions(String text) {
    Article article = Article.of("origin", PartialDate.parse("2024-03-12"), text);
    return LINKER.apply(Pipelines.shared().upTo(Layer.SENTENCES).apply(article)).layer(Layer.MENTIONS);
  }
}
