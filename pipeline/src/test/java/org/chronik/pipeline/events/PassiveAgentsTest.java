package org.chronik.pipeline.events;

import static org.chronik.pipeline.events.EventPairs.country;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The agent of a passive wherever the parser hangs it: a "von" phrase it hung low on a noun of the clause
 * right before the participle (LowAgentPhrase), and a bare participle with an agent phrase set beside a
 * clause, a passive told in short (AgentParticiple). The agent is the source, the patient the target. Names
 * coordinated inside an agent phrase whose head names no actor act each (NestedConjuncts).
 */
class PassiveAgentsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a determiner: "von der Armee" is no genitive in disguise
      "Die Zeitung schrieb, dass die Angriffe auf ukrainische Stellungen von der russischen Armee ausgeführt worden seien.|19|RUS|UKR",
      // a support verb and a common noun: who carried out the attacks
      "Die Zeitung berichtete, dass die Anschläge auf die amerikanische Botschaft von Anhängern der Hisbollah verübt wurden.|18|LBN|USA",
      "Es wurde bekannt, dass die Raketenangriffe auf israelische Städte von Kämpfern der Hamas ausgeführt worden waren.|19|PSE|ISR",
      // adverbials between the low agent phrase and the participle; the official's state from the court or police
      "Der Kremlkritiker Alexej Nawalny wurde von einem Richter am Moskauer Stadtgericht am Montag erneut verhört.|17|RUS|RUS",
      "Der iranische Blogger wurde von Ermittlern der Teheraner Polizei noch in der Nacht festgenommen.|17|IRN|IRN",
      // a passive told in short, beside the clause it describes
      "Unterstützt von der amerikanischen Luftwaffe eroberte die irakische Armee die Stadt zurück.|05|USA|IRQ",
      "Die ukrainische Armee startete, unterstützt durch britische Ausbilder, eine Offensive.|05|GBR|UKR"})
  void agentIsTheSource(String text, String root, String source, String target) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().anyMatch(e -> e.code().code().startsWith(root) && country(e.source()).equals(source)
        && country(e.target()).equals(target)), "expected " + root + " " + source + "->" + target + " in \"" + text + "\", got " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a name after "von" is a genitive in disguise: Libya's sovereignty, not Libya stressing it
      "Im Rat wurde erneut die Souveränität von Libyen betont.|LBY",
      // adverbials between do not make a bare name after "von" an agent
      "Im Rat wurde die Souveränität von Libyen am Montag erneut betont.|LBY",
      // no agent phrase: the fighters are attacked, not attacking
      "Die Zeitung berichtete, dass die Angriffe auf Kämpfer der Hisbollah ausgeführt wurden.|LBN",
      // a finite verb with a subject of its own is no passive told in short
      "Die Regierung Frankreichs unterstützt von Anfang an die Ukraine.|UKR",
      // a ranking: "gefolgt von" names who comes next, no one acting
      "China steht an erster Stelle, gefolgt von Australien und Chile.|AUS"})
  void noAgentHere(String text, String notSource) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().noneMatch(e -> country(e.source()).equals(notSource)), "no act of " + notSource + " in \"" + text + "\", got " + events);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // an agent phrase whose head names no actor: each name coordinated inside it acts
      "Von Vertretern von Frankreich und Deutschland wurde Russland scharf kritisiert.|FRA DEU|RUS",
      "Die Regierung Syriens wurde von Diplomaten aus Frankreich und Großbritannien verurteilt.|FRA GBR|SYR",
      "Vertreter von Polen und Litauen kritisierten Belarus scharf.|POL LTU|BLR"})
  void eachNestedConjunctActs(String text, String sources, String target) {
    List<Event> events = EventTestPipeline.events(text);
    for (String source : sources.split(" ")) {
      assertTrue(EventPairs.has(events, source, target),
          "expected " + source + "->" + target + " in \"" + text + "\", got " + events);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // critics of two states are neither of them
      "Kritiker von Frankreich und Deutschland griffen Russland scharf an.|DEU"})
  void noNestedActor(String text, String notSource) {
    List<Event> events = EventTestPipeline.events(text);
    assertTrue(events.stream().noneMatch(e -> country(e.source()).equals(notSource)), "no act of " + notSource + " in \"" + text + "\", got " + events);
  }
}
