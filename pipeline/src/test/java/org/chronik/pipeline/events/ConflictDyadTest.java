package org.chronik.pipeline.events;

import static org.chronik.pipeline.events.ForceActs.none;
import static org.chronik.pipeline.events.ForceActs.struck;

import org.junit.jupiter.api.Test;

/**
 * The conflict dyad in force (ConflictDyad): an agentless act of force whose patient names no actor, told
 * paragraphs after the last act of force, takes both sides of that act. Not for a place in a third country,
 * an occasion noun naming its own sides, quoted words, or where two sides struck the same side. A beating (182) also takes the agent of a coercion
 * act told just before (codebooks/implicit-actors.tsv row 182), and media workers are its objects (asl.schlagen).
 */
class ConflictDyadTest {
  private static final String WAR = "Russische Kampfflugzeuge griffen am Montag ukrainische Stellungen bei Charkiw an. Die Regierung in Kiew sprach von einem Bruch der Feuerpause.\n\n"
      + "Ein Arzt berichtete von überfüllten Krankenhäusern. Hilfsorganisationen schickten Decken und Zelte. Der Bürgermeister rief die Bewohner zur Ruhe auf.\n\n";

  @Test
  void villagesBombedParagraphsLater() {
    struck(WAR + "Nach Angaben eines Sprechers der Armee seien auch mehrere Dörfer bombardiert worden.", "mehrere Dörfer", "RUS", "UKR");
  }

  @Test
  void shotInTheBackWithAPronounPatient() {
    struck("Äthiopische Soldaten haben im Grenzgebiet sieben eritreische Bauern erschossen. Die Regierung in Asmara protestierte.\n\n"
        + "Augenzeugen berichteten von stundenlangen Schüssen. Ein Arzt sprach von einem Massaker. Der Bischof rief zur Besonnenheit auf.\n\n"
        + "Einigen von ihnen wurde in den Rücken geschossen, berichteten Abgeordnete.", "Einigen von ihnen", "ETH", "ERI");
  }

  @Test
  void aPlaceInAThirdCountryIsAnotherConflict() {
    // the place is the act's target: never the Russian-Ukrainian dyad
    none(WAR + "In Mali seien auch mehrere Dörfer bombardiert worden.", "In Mali", "RUS", "UKR");
  }

  @Test
  void anOccasionNamingItsOwnSides() {
    none(WAR + "Bei Gefechten zwischen georgischen Soldaten und abchasischen Milizen wurden mehrere Dörfer bombardiert.", "Gefechten", "RUS", ForceActs.ANY);
  }

  @Test
  void twoSidesStruckTheSameSide() {
    String text = "Russische Kampfflugzeuge griffen am Montag ukrainische Stellungen bei Charkiw an. Weißrussische Truppen beschossen am Dienstag ukrainische Grenzposten.\n\n"
        + "Ein Arzt berichtete von überfüllten Krankenhäusern. Hilfsorganisationen schickten Decken und Zelte. Der Bürgermeister rief die Bewohner zur Ruhe auf.\n\n"
        + "Nach Angaben eines Sprechers der Armee seien auch mehrere Dörfer bombardiert worden.";
    none(text, "mehrere Dörfer", "BLR", ForceActs.ANY);
    none(text, "mehrere Dörfer", "RUS", ForceActs.ANY);
  }

  @Test
  void quotedWordsSayWhoActed() {
    none(WAR + "Ein Bauer sagte: „Gestern wurden auch mehrere Dörfer bombardiert.“", "Ein Bauer", "RUS", ForceActs.ANY);
  }

  @Test
  void aCorrespondentBeatenAfterAnExpulsion() {
    struck("Die Behörden in Minsk haben einen polnischen Journalisten ausgewiesen. Ein Korrespondent des litauischen Rundfunks wurde geschlagen.",
        "Korrespondent", "BLR", "LTU");
  }

  @Test
  void aPhotographerBeatenAfterArrests() {
    struck("Die iranische Polizei hat am Samstag in Teheran dutzende Studenten festgenommen. Ein Fotograf einer britischen Agentur wurde geschlagen.",
        "Fotograf", "IRN", "GBR");
  }

  @Test
  void aBeatingAfterNoActOfTheState() {
    none("Die Behörden in Minsk haben das neue Stadion eröffnet. Ein Korrespondent des litauischen Rundfunks wurde geschlagen.", "Korrespondent", "BLR", ForceActs.ANY);
  }

  @Test
  void anIndefiniteOccasionIsAnotherAct() {
    // "bei einem Anschlag": an act of its own whose agent the sentence does not say, not the latest act of force
    none(WAR + "Bei einem Anschlag im Osten seien zudem mehrere Dörfer bombardiert worden.", "Anschlag", "RUS", ForceActs.ANY);
    none(WAR + "Bei einem Bombenanschlag im Süden seien auch mehrere Dörfer getroffen worden.", "Bombenanschlag", "RUS", ForceActs.ANY);
  }

  @Test
  void anOccasionOfTheSameKindStillTakesTheDyad() {
    struck(WAR + "Bei einem weiteren Luftangriff seien auch mehrere Dörfer bombardiert worden, sagte ein Sprecher.", "mehrere Dörfer", "RUS", "UKR");
  }
}
