package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/**
 * A person-describing title of a state sector in the genitive of a city is an official of the city's
 * state in the title's sector; the sentence's scene, titles of no state sector and former holders give
 * none. Sentences written for this test.
 */
class PlaceOfficesTest {
  private static final ActorLinker LINKER = ActorLinker.forLanguage("de");

  @Test
  void aMayorOfACityIsALocalOfficialOfItsState() {
    Mention mayor = mention("Der Bürgermeister von Chicago verbot am Freitag den Aufmarsch.", "Bürgermeister von Chicago").orElseThrow();
    assertEquals("USA", mayor.actor().country());
    assertEquals("GOV", mayor.actor().sector());
    Mention police = mention("Gestern kritisierte der Polizeichef von Marseille die Regierung.", "Polizeichef von Marseille").orElseThrow();
    assertEquals("FRA", police.actor().country());
    assertEquals("COP", police.actor().sector());
  }

  @Test
  void theCityOfTheOfficeNotTheSceneGivesTheCountry() {
    Mention mayor = mention("In Berlin warnte der Bürgermeister von Lyon vor neuen Zöllen.", "Bürgermeister von Lyon").orElseThrow();
    assertEquals("FRA", mayor.actor().country());
  }

  @Test
  void aPlaceWrittenAsTheLastWordOfALongerPlaceNamedBeforeIsThatPlace() {
    Mention us = mention("In New Orleans stieg die Zahl der Morde. Nun bat der Bürgermeister von Orleans um Hilfe.", "Bürgermeister von Orleans").orElseThrow();
    assertEquals("USA", us.actor().country());
    Mention usAgain = mention("Über New Orleans zog ein Sturm. Der Polizeichef von Orleans sperrte die Brücken.", "Polizeichef von Orleans").orElseThrow();
    assertEquals("USA", usAgain.actor().country());
    Mention france = mention("In Lyon stieg die Zahl der Diebstähle. Nun bat der Bürgermeister von Orleans um Hilfe.", "Bürgermeister von Orleans").orElseThrow();
    assertEquals("FRA", france.actor().country());
  }

  @Test
  void aPersonBeforeTheOfficeInAnAppositionKeepsTheMentionAndTakesItsCountry() {
    Mention person = mention("Daniel Okafor, der Bürgermeister von Chicago, verbot den Aufmarsch.", "Daniel Okafor").orElseThrow();
    assertEquals("USA", person.actor().country());
    assertEquals("GOV", person.actor().sector());
    assertTrue(mention("Daniel Okafor, der Bürgermeister von Chicago, verbot den Aufmarsch.", "Bürgermeister von Chicago").isEmpty());
  }

  @Test
  void localOfficesOfTheirOwnSectorAreOfficialsToo() {
    Mention mayor = mention("Der Oberbürgermeister von Leipzig lobte am Montag die Feuerwehr.", "Oberbürgermeister von Leipzig").orElseThrow();
    assertEquals("DEU", mayor.actor().country());
    Mention police = mention("Der Polizeipräsident von Köln verteidigte den Einsatz seiner Beamten.", "Polizeipräsident von Köln").orElseThrow();
    assertEquals("COP", police.actor().sector());
    Mention governor = mention("Österreich streitet über die Pensionen. Landeshauptmann Anton Gruber kritisierte den Kanzler in Wien.", "Anton Gruber").orElseThrow();
    assertEquals("AUT", governor.actor().country());
    assertEquals("GOV", governor.actor().sector());
  }

  @Test
  void aTitleOfNoStateSectorOrAFormerHolderGivesNoOfficial() {
    assertTrue(mention("Der Sprecher von Chicago lehnte jeden Kommentar ab.", "Sprecher von Chicago").isEmpty());
    assertTrue(mention("Der frühere Bürgermeister von Chicago lobte den Plan.", "Bürgermeister von Chicago").isEmpty());
    assertTrue(mention("Der ehemalige Oberbürgermeister von Leipzig lobte den Plan.", "Oberbürgermeister von Leipzig").isEmpty());
  }

  private static Optional<Mention> mention(String text, String phrase) {
    Article article = Article.of("place-office", PartialDate.parse("2024-06-20"), text);
    List<Mention> mentions = LINKER.apply(Pipelines.shared().upTo(Layer.SENTENCES).apply(article)).layer(Layer.MENTIONS);
    return mentions.stream().filter(m -> m.text().equals(phrase)).findFirst();
  }
}
