package org.chronik.pipeline.events;

import static org.chronik.pipeline.events.ForceActs.none;
import static org.chronik.pipeline.events.ForceActs.struck;

import org.junit.jupiter.api.Test;

/**
 * Nameless victims of an agentless act of force, told more than two sentences after the last act of force,
 * in an article where one side alone has used force on one other country: that side on that country's
 * civilians (OneSidedForce). Not when two sides used force,
 * nor at a place in another country, nor in quoted words.
 */
class OneSidedForceTest {

  @Test
  void soldiersOnFarmers() {
    struck("Kolumbianische Soldaten haben am Sonntag im Grenzgebiet drei venezolanische Bauern erschossen. Die Regierung in Caracas protestierte scharf.\n\n"
        + "Augenzeugen berichteten von stundenlangen Schüssen. Der Bürgermeister rief zur Ruhe auf. Frauen und Kinder wurden in ihren Hütten getötet.",
        "Frauen und Kinder", "COL", "VEN");
  }

  @Test
  void airForceOnWomenAndAGirl() {
    struck("Die türkische Luftwaffe bombardierte am Dienstag Stellungen im Norden Syriens. Die syrische Regierung verurteilte den Einsatz.\n\n"
        + "Ein Arzt berichtete von überfüllten Krankenhäusern. Hilfsorganisationen schickten Zelte. Zwei Frauen und ein Mädchen wurden in ihrem Haus getötet.",
        "Zwei Frauen", "TUR", "SYR");
  }

  @Test
  void twoSidesUsedForce() {
    // either side may have killed them: no one's act (* = any agent)
    none("Die türkische Luftwaffe bombardierte am Dienstag Stellungen im Norden Syriens. Irakische Truppen beschossen am Mittwoch syrische Grenzposten.\n\n"
        + "Ein Arzt berichtete von überfüllten Krankenhäusern. Hilfsorganisationen schickten Zelte. Zwei Frauen und ein Mädchen wurden in ihrem Haus getötet.",
        "Zwei Frauen", ForceActs.ANY, "SYR");
  }

  @Test
  void aPlaceInAnotherCountry() {
    none("Die türkische Luftwaffe bombardierte am Dienstag Stellungen im Norden Syriens. Die syrische Regierung verurteilte den Einsatz.\n\n"
        + "Ein Arzt berichtete von überfüllten Krankenhäusern. Hilfsorganisationen schickten Zelte. Im Irak wurden zwei Frauen und ein Mädchen getötet.",
        "Im Irak", "TUR", "SYR");
  }

  @Test
  void quotedWordsSayWhoActed() {
    none("Die türkische Luftwaffe bombardierte am Dienstag Stellungen im Norden Syriens. Die syrische Regierung verurteilte den Einsatz.\n\n"
        + "Ein Arzt berichtete von überfüllten Krankenhäusern. Hilfsorganisationen schickten Zelte. Ein Bauer sagte: „Zwei Frauen und ein Mädchen wurden in ihrem Haus getötet.“",
        "Zwei Frauen", "TUR", "SYR");
  }
}
