package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.chronik.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frame of an act noun's own phrase (class NounFrames, lang/de/events/noun-frames.tsv): a "durch" or
 * "seitens" phrase names the agent of any act noun, an "aus" phrase the author of words and fire; nouns of
 * motion take neither ("Marsch durch X", "Rückkehr aus X"). An act of words or coercion someone answers
 * was aimed at the one who answers (AnsweredAct: "Russlands Reaktion auf die Sanktionen"), a violent one not.
 */
class NounFramesTest {
  private static final NounFrames FRAMES = NounFrames.forLanguage("de");

  private static EventRule rule(String id, String code, List<Slot> source, List<Slot> target, String... nouns) {
    return new EventRule(id, EventRule.Kind.NOUN, Set.of(nouns), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false, false, source,
        target, code, List.of(), List.of(), "test");
  }

  private static List<Slot> slots(String... names) {
    return java.util.Arrays.stream(names).map(Slot::parse).toList();
  }

  @Test
  void theFrameGoesAfterTheNounsOwnPhraseAndBeforeTheSentence() {
    EventRule sanction = rule("t.sanktion", "163", slots("amod", "gen", "head.nsubj", "context"), slots("prep:gegen"), "Sanktion");
    EventRule framed = FRAMES.apply(List.of(sanction)).get(0);
    assertEquals(slots("amod", "gen", "prep:durch", "prep:seitens", "head.nsubj", "context"), framed.source());
    assertEquals(slots("prep:gegen", "answer.owner:auf"), framed.target(), "a sanction someone answers was aimed at them");
  }

  @Test
  void wordsAndFireComeFromTheirAuthorButNotAid() {
    EventRule blame = rule("t.kritik", "111", slots("amod", "gen"), slots("prep:an"), "Kritik");
    assertTrue(FRAMES.apply(List.of(blame)).get(0).source().contains(Slot.parse("prep:aus")));
    EventRule aid = rule("t.hilfe", "070", slots("amod", "gen"), slots("prep:für"), "Hilfe");
    assertFalse(FRAMES.apply(List.of(aid)).get(0).source().contains(Slot.parse("prep:aus")), "aid from a place is not its giver");
  }

  @Test
  void aRuleThatNamesThePrepositionKeepsItsOwnReading() {
    EventRule exclusion = rule("t.ausschluss", "160", slots("amod"), slots("gen", "prep:durch"), "Ausschluss");
    EventRule framed = FRAMES.apply(List.of(exclusion)).get(0);
    assertEquals(slots("gen", "prep:durch"), framed.target().subList(0, 2));
    assertFalse(framed.source().contains(Slot.parse("prep:durch")), "the rule reads durch as its target, the frame adds no source");
  }

  @Test
  void nearMissNounsOfMotionTakeNoFrameOfTheirWay() {
    EventRule march = rule("t.marsch", "141", slots("amod", "gen"), slots("prep:gegen"), "Marsch", "Schweigemarsch");
    assertFalse(FRAMES.apply(List.of(march)).get(0).source().contains(Slot.parse("prep:durch")));
    EventRule fire = rule("t.abzug", "190", slots("amod"), slots("prep:auf"), "Truppenabzug");
    assertFalse(FRAMES.apply(List.of(fire)).get(0).source().contains(Slot.parse("prep:aus")));
  }

  @Test
  void verbRulesAreLeftAlone() {
    EventRule verb = new EventRule("t.v", EventRule.Kind.VERB, Set.of("kritisieren"), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false,
        false, slots("nsubj"), slots("obj"), "111", List.of(), List.of(), "test");
    assertEquals(verb, FRAMES.apply(List.of(verb)).get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // durch: the agent of the act the noun names
      "Die Sanktionen gegen Russland durch die Europäische Union wurden verlängert.|163|IGO.EU|RUS",
      "Der Angriff auf die Ukraine durch die russische Armee begann im Februar.|190|RUS|UKR",
      "Die Kritik an Polen durch die EU-Kommission wurde schärfer.|111|IGO.EU|POL",
      // seitens: the same, formal
      "Die Proteste gegen die Regierung Serbiens seitens der Opposition Kroatiens hielten an.|141|HRV|SRB",
      // aus: the author of words and fire
      "Scharfe Kritik aus Frankreich an der Regierung Italiens wurde am Montag laut.|111|FRA|ITA",
      "Raketenangriffe aus dem Libanon auf Israel nahmen im Oktober zu.|195|LBN|ISR",
      "Drohungen aus Nordkorea gegen Japan beunruhigen die Region.|130|PRK|JPN"})
  void theNounsOwnPhraseNamesItsAgent(String sentence, String code, String source, String target) {
    List<Event> events = EventTestPipeline.events(sentence).stream()
        .filter(e -> e.reportable() && e.source() != null && e.target() != null).toList();
    assertTrue(events.stream().anyMatch(e -> e.code().code().equals(code) && source.equals(e.source().country())
        && target.equals(e.target().country())), "expected " + code + " " + source + " " + target + " in \"" + sentence + "\", got "
        + events.stream().map(e -> e.code().code() + " " + e.source().country() + " " + e.target().country()).toList());
  }

  @Test
  void violenceTakesNoAnswerer() {
    EventRule attack = rule("t.angriff", "190", slots("amod", "gen"), slots("prep:auf", "context"), "Angriff");
    assertEquals(slots("prep:auf", "context"), FRAMES.apply(List.of(attack)).get(0).target());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // answer.owner: the act answered was aimed at the one who answers
      "Die Reaktion Russlands auf die Sanktionen der EU fiel heftig aus.|163|IGO.EU|RUS",
      "Als Antwort auf die Kritik der Vereinigten Staaten bestellte China den Botschafter ein.|111|USA|CHN",
      "Die türkische Reaktion auf die Forderungen der EU war ablehnend.|100|IGO.EU|TUR",
      // a verb of answering: its subject
      "Japan reagierte auf die Vorwürfe Chinas mit einer Protestnote.|112|CHN|JPN",
      "Indien antwortete auf die Drohungen Pakistans mit einer Warnung.|130|PAK|IND"})
  void theAnswerersWereTheTarget(String sentence, String code, String source, String target) {
    theNounsOwnPhraseNamesItsAgent(sentence, code, source, target);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // near-misses: the way of a march, the place a return starts from
      "Ein Marsch durch Georgien gegen die russische Besatzung fand am Sonntag statt.|GEO",
      "Die Rückkehr des Botschafters aus Russland nach Polen wurde verschoben.|RUS"})
  void nearMissAPlaceOnTheWayIsNoAgent(String sentence, String place) {
    List<Event> events = EventTestPipeline.events(sentence).stream()
        .filter(e -> e.reportable() && e.source() != null && e.target() != null).toList();
    assertTrue(events.stream().noneMatch(e -> place.equals(e.source().country())), "the way is no agent in \"" + sentence + "\": "
        + events.stream().map(e -> e.code().code() + " " + e.source().country() + " " + e.target().country()).toList());
  }

  @Test
  void nearMissAThirdPartyAnswersAnAttackItSuffered() {
    String sentence = "Als Reaktion auf den Anschlag der Terrormiliz in Paris verschärfte Belgien die Grenzkontrollen.";
    List<Event> events = EventTestPipeline.events(sentence).stream().filter(e -> e.reportable() && e.target() != null).toList();
    assertTrue(events.stream().noneMatch(e -> "BEL".equals(e.target().country()) && e.code().code().startsWith("18")),
        "Belgium answered, it was not attacked: " + events.stream().map(e -> e.code().code() + " " + e.target().country()).toList());
  }

  @Test
  void nearMissAnActWithATargetOfItsOwnKeepsIt() {
    String sentence = "Als Reaktion auf die Sanktionen der EU gegen den Iran wies Russland zwei Diplomaten aus.";
    List<Event> events = EventTestPipeline.events(sentence).stream()
        .filter(e -> e.reportable() && e.target() != null && e.code().code().equals("163")).toList();
    assertTrue(events.stream().noneMatch(e -> "RUS".equals(e.target().country())), "the sanctions were aimed at Iran: "
        + events.stream().map(e -> e.code().code() + " " + e.target().country()).toList());
  }

  @Test
  void nearMissProtestsAreAnsweredByOthersThanTheirTarget() {
    String sentence = "Die EU reagierte auf die Proteste in Belarus mit neuen Sanktionen.";
    List<Event> events = EventTestPipeline.events(sentence).stream().filter(e -> e.reportable() && e.target() != null).toList();
    assertTrue(events.stream().noneMatch(e -> "IGO.EU".equals(e.target().country()) && e.code().code().startsWith("14")),
        "the EU answered protests aimed at Minsk: " + events.stream().map(e -> e.code().code() + " " + e.target().country()).toList());
  }
}
