package org.chronik.pipeline.events;

import static org.chronik.pipeline.events.EventPairs.country;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Nameless victims of an agentless act of force, told more than two sentences after the last act of force,
 * in an article where one side alone has used force on one other country: that side on that country's
 * civilians (OneSidedForce). Not when two sides used force,
 * nor at a place in another country, nor in quoted words.
 */
class OneSidedForceTest {
  private static String said(String text, Event e) {
    return e.evidence() == null || e.evidence().end() > text.length() ? "" : text.substring(e.evidence().begin(), e.evidence().end());
  }

  private static boolean force(Event e) {
    String c = e.code().code();
    return c.startsWith("18") || c.startsWith("19") || c.startsWith("20");
  }

  private static void struck(String text, String evidence, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> force(e) && said(text, e).contains(evidence) && source.equals(country(e.source()))
        && target.equals(country(e.target()))), "expected " + source + "->" + target + " at \"" + evidence + "\", got " + events);
  }

  private static void none(String text, String evidence, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().noneMatch(e -> force(e) && said(text, e).contains(evidence) && (source.equals("*") || source.equals(country(e.source())))
        && target.equals(country(e.target()))), "expected no act " + source + "->" + target + " at \"" + evidence + "\", got " + events);
  }

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
        "Zwei Frauen", "*", "SYR");
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
