package org.chronik.pipeline.events;

import static org.chronik.pipeline.events.EventPairs.country;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An agentless act of force on a named side, told more than two sentences after the act of force on
 * that side whose agent the paragraph named, takes that agent (VictimAgent); nameless victims of a
 * continued act of force are the struck side's people (StruckPeople). Not when the passive names
 * another doer, not in a party's reported speech, not when two sides struck that side in the paragraph,
 * not across a paragraph break on another conflict.
 */
class VictimAgentTest {
  private static String said(String text, Event e) {
    return e.evidence() == null || e.evidence().end() > text.length() ? "" : text.substring(e.evidence().begin(), e.evidence().end());
  }

  private static boolean struck(String text, List<Event> events, String evidence, String source, String target) {
    return events.stream().anyMatch(e -> (e.code().code().startsWith("19") || e.code().code().startsWith("18"))
        && said(text, e).contains(evidence) && source.equals(country(e.source())) && target.equals(country(e.target())));
  }

  private static boolean anyForce(String text, List<Event> events, String evidence) {
    return events.stream().anyMatch(e -> (e.code().code().startsWith("19") || e.code().code().startsWith("18"))
        && said(text, e).contains(evidence));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // both tell the other side's strikes too: not the article's one fighting side, the one that struck this side here
      "Israelische Kampfjets bombardierten am Sonntag Ziele im Libanon. Die Hisbollah feuerte am Montag Raketen auf Israel ab. In mehreren "
          + "Städten im Norden heulten die Sirenen. Viele Bewohner suchten Schutzräume auf. Am Abend wurde israelisches Gebiet erneut von "
          + "zwölf Raketen getroffen.|Am Abend|LBN|ISR",
      "Ukrainische Drohnen griffen am Mittwoch eine Raffinerie in Russland an. Russische Truppen beschossen am Donnerstag die Ukraine mit schwerer Artillerie. Die Stromversorgung in Charkiw fiel aus. "
          + "Die Behörden öffneten Notunterkünfte. In der Nacht wurden ukrainische Stellungen erneut beschossen.|In der Nacht|RUS|UKR"})
  void theSideThatStruckItBefore(String text, String evidence, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(struck(text, events, evidence, source, target), "expected " + source + "->" + target + " at \"" + evidence + "\", got " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the passive names its own doer: another party
      "Die Hisbollah feuerte am Montag Raketen auf Israel ab. In mehreren Städten im Norden heulten die Sirenen. Viele Bewohner "
          + "suchten Schutzräume auf. Am Abend wurde israelisches Gebiet von syrischen Granaten getroffen.|Am Abend",
      // a party's reported speech: the speaker, not the scene, tells who struck
      "Israelische Kampfjets bombardierten am Sonntag Ziele im Libanon. Die Hisbollah feuerte am Montag Raketen auf Israel ab. In mehreren Städten im Norden heulten die Sirenen. Viele Bewohner "
          + "suchten Schutzräume auf. Ein Sprecher der israelischen Armee sagte, israelisches Gebiet sei am Abend erneut getroffen worden.|Sprecher",
      // two sides struck Israel in this paragraph: which one struck now is not said
      "Die Hisbollah feuerte am Montag Raketen auf Israel ab. Am Dienstag beschoss auch die Hamas Israel mit Raketen. Viele Bewohner "
          + "suchten Schutzräume auf. Am Abend wurde israelisches Gebiet erneut von zwölf Raketen getroffen.|Am Abend"})
  void noAgentFromBefore(String text, String evidence) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().noneMatch(e -> said(text, e).contains(evidence) && "LBN".equals(country(e.source()))),
        "no Hezbollah act at \"" + evidence + "\" in \"" + text + "\", got " + events);
  }

  @Test
  void aNewParagraphOnAnotherConflict() {
    // Russia struck Georgia in the paragraph before, on another scene; two sides fought there, so no one side fought in the article
    String text = "Russische Truppen beschossen am Donnerstag Georgien mit Artillerie. Ukrainische Drohnen griffen am selben Tag Ziele in Russland an.\n\n"
        + "Im Süden Armeniens blieb die Lage gespannt. Die Regierung in Eriwan tagte. Beobachter warnten vor einer Eskalation. "
        + "In der Nacht wurden georgische Stellungen beschossen.";
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(!anyForce(text, events, "In der Nacht"), "no agent for the other conflict's shelling, got " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Die Hisbollah feuerte am Montag Raketen auf Israel ab. Dabei wurden drei Menschen getötet.|drei Menschen|LBN|ISR",
      "Russische Truppen beschossen am Dienstag die Ukraine mit Raketen. Dabei wurden fünf Menschen getötet.|fünf Menschen|RUS|UKR"})
  void namelessVictimsAreTheStruckSidesPeople(String text, String evidence, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(struck(text, events, evidence, source, target), "expected " + source + "->" + target + " for the dead, got " + events);
  }

  @Test
  void victimsNamedByTheirOwnCountryStay() {
    // the victims' phrase names their country: not a guess from the focus, so they do not move to the struck side
    String text = "Die Hisbollah feuerte am Montag Raketen auf Israel ab. Dabei wurden drei libanesische Kämpfer getötet.";
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().noneMatch(e -> said(text, e).contains("libanesische Kämpfer") && "ISR".equals(country(e.target()))),
        "the Lebanese dead stay Lebanese, got " + events);
  }
}
