package org.chronik.pipeline.events;

import static org.chronik.pipeline.events.EventPairs.country;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every conjunct of a coordinated side is an actor of its own, wherever the parser hung the list: names
 * coordinated in the genitive of a title ("die Außenminister des Irans und Syriens"), in the apposition of
 * a genitive ("der Nachbarländer Kamerun, Niger und Tschad"), and a list the parser began as an apposition
 * of a title ("die Außenminister Russlands, der Türkei und Irans") (NestedConjuncts), and a list of phrases the
 * parser hung inside the relative clause of its first member (DetachedConjuncts).
 */
class CoordinatedActorsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a title built on the first genitive: the coordinated genitives are further office holders
      "Lawrow unterrichtete gestern die Außenminister des Irans und Syriens über die Lage.|RUS|IRN SYR",
      "Die Regierungschefs Polens und Tschechiens kritisierten Brüssel scharf.|POL CZE|BEL",
      // the list in the apposition of a genitive
      "Die nigerianische Armee bedroht die Grenzgebiete der Nachbarstaaten Benin, Niger und Tschad.|NGA|BEN NER TCD",
      // a list the parser began as an apposition of a title
      "Die Botschafter Japans, der USA und Kanadas kritisierten China scharf.|JPN USA CAN|CHN",
      "Die Außenminister Polens, der Ukraine und Litauens verurteilten Belarus.|POL UKR LTU|BLR"})
  void everyConjunctActs(String text, String sources, String targets) {
    List<Event> events = EventTestPipeline.events(text);
    for (String side : (sources + " " + targets).split(" ")) {
      assertTrue(events.stream().anyMatch(e -> country(e.source()).equals(side) || country(e.target()).equals(side)),
          "expected an event of " + side + " in \"" + text + "\", got " + events);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // an apposition without a list is a second name of the head, not a conjunct
      "Der Außenminister Russlands, ein Vertrauter des Präsidenten Kasachstans, kritisierte die NATO.|KAZ",
      // the counterpart of a title is not the title's country: critics of two states are neither
      "Kritiker Frankreichs und Deutschlands griffen Russland scharf an.|DEU"})
  void noConjunctHere(String text, String notSide) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().noneMatch(e -> country(e.source()).equals(notSide) || country(e.target()).equals(notSide)),
        "no act of " + notSide + " in \"" + text + "\", got " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a list of "gegen" phrases the parser hung inside the relative clause of its first member
      "Der Bericht der UN erhebt Vorwürfe gegen die Regierung Sudans, die den Zugang blockiert, gegen die Armee Tschads und gegen die Rebellen Ugandas.|IGO.UN|TCD UGA",
      "Die UN erhoben schwere Vorwürfe gegen die Polizei Ägyptens, die Journalisten festgenommen hat, gegen die Armee Libyens und gegen die Behörden Tunesiens.|IGO.UN|LBY TUN"})
  void listAfterRelativeClause(String text, String source, String targets) {
    List<Event> events = EventTestPipeline.events(text);
    for (String target : targets.split(" ")) {
      assertTrue(EventPairs.has(events, source, target),
          "expected " + source + "->" + target + " in \"" + text + "\", got " + events);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a phrase before the relative clause's verb is the clause's own: the troops fight the rebels, the protest is not against them
      "Die USA protestierten gegen die Truppen Ugandas, die gegen Rebellen aus dem Kongo kämpfen.|USA|COD"})
  void phraseInsideTheClause(String text, String source, String notTarget) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(!EventPairs.has(events, source, notTarget),
        "no " + source + "->" + notTarget + " in \"" + text + "\", got " + events);
  }
}
