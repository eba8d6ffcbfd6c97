package org.chronik.pipeline.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.lemma.GermanLexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tense from STTS tags, lemmas and the lexicon, on hand-tagged sentences (no parser needed). */
class TenseDetectorTest {
  private static TenseDetector detector;

  @BeforeAll
  static void load() {
    detector = new TenseDetector(TenseRules.load("de"), GermanLexicon.load()::tags);
  }

  /** Builds a sentence from "word/STTS/lemma" items, STTS mapped to the parser's universal tags; the lemma defaults to the lower-cased word. */
  private static Sentence sentence(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String item : tagged.split(" ")) {
      String[] p = item.split("/");
      String lemma = p.length > 2 ? p[2] : p[0].toLowerCase();
      tokens.add(new Token(tokens.size(), p[0], p[0], new Span(at, at + p[0].length()), lemma, upos(p[1]), null, "O", -1, "dep"));
      at += p[0].length() + 1;
    }
    return new Sentence(0, new Span(0, at - 1), tokens);
  }

  private static String upos(String stts) {
    return stts.startsWith("VA") || stts.startsWith("VM") ? "AUX" : stts.startsWith("VV") ? "VERB" : stts.startsWith("$") ? "PUNCT" : "X";
  }

  private static Tense first(String tagged) {
    return detector.tenses(sentence(tagged))[0];
  }

  @Test
  void praeteritumOfStrongAndWeakVerbs() {
    assertEquals(Tense.PAST, first("Am/APPRART/an Dienstag/NN trafen/VVFIN/treffen sich/PRF die/ART Minister/NN ./$."));
    assertEquals(Tense.PAST, first("Gestern/ADV kündigte/VVFIN/ankündigen er/PPER Reformen/NN an/PTKVZ ./$."));
  }

  @Test
  void presentTense() {
    assertEquals(Tense.PRESENT, first("Am/APPRART/an Dienstag/NN trifft/VVFIN/treffen sie/PPER den/ART Kanzler/NN ./$."));
  }

  @Test
  void perfectIsPastAndPluperfectIsItsOwn() {
    assertEquals(Tense.PAST, first("Am/APPRART/an Montag/NN hat/VAFIN/haben sie/PPER ihn/PPER getroffen/VVPP/treffen ./$."));
    assertEquals(Tense.PAST, first("Im/APPRART/in Juli/NN ist/VAFIN/sein die/ART Delegation/NN abgereist/VVPP/abreisen ./$."));
    assertEquals(Tense.PLUPERFECT, first("Zuvor/ADV war/VAFIN/sein er/PPER abgereist/VVPP/abreisen ./$."));
    assertEquals(Tense.PLUPERFECT, first("Bis/APPR dahin/ADV hatte/VAFIN/haben sie/PPER das/ART Amt/NN geführt/VVPP/führen ./$."));
    assertEquals(Tense.PLUPERFECT, first("Im/APPRART/in März/NN war/VAFIN/sein er/PPER gewählt/VVPP/wählen worden/VAPP/werden ./$."));
    assertTrue(Tense.PLUPERFECT.past());
  }

  @Test
  void seinWithTheParticipleOfAVerbThatTakesHabenIsAStatePassive() {
    assertEquals(Tense.PRESENT, first("Am/APPRART/an Freitag/NN ist/VAFIN/sein das/ART Rathaus/NN geschlossen/VVPP/schließen ./$."));
    assertEquals(Tense.FUTURE, first("Am/APPRART/an Freitag/NN ist/VAFIN/sein eine/ART Abstimmung/NN geplant/VVPP/planen ./$."));
    assertEquals(Tense.FUTURE, first("Für/APPR Oktober/NN sind/VAFIN/sein Neuwahlen/NN angesetzt/VVPP/ansetzen ./$."));
    assertEquals(Tense.PAST, first("Für/APPR Oktober/NN waren/VAFIN/sein Neuwahlen/NN angesetzt/VVPP/ansetzen ./$."));
    assertEquals(Tense.PAST, first("Im/APPRART/in Mai/NN war/VAFIN/sein die/ART Einreise/NN verboten/VVPP/verbieten ./$."));
    // near misses: verbs of motion and change of state, and the passive perfect with "worden"
    assertEquals(Tense.PAST, first("Am/APPRART/an Montag/NN ist/VAFIN/sein der/ART Minister/NN zurückgetreten/VVPP/zurücktreten ./$."));
    assertEquals(Tense.PAST, first("Am/APPRART/an Montag/NN ist/VAFIN/sein die/ART Brücke/NN eingestürzt/VVPP/einstürzen ./$."));
    assertEquals(Tense.PAST, first("Am/APPRART/an Montag/NN ist/VAFIN/sein er/PPER festgenommen/VVPP/festnehmen worden/VAPP/werden ./$."));
  }

  @Test
  void reportedSpeechWithKonjunktivOneAndParticipleIsPast() {
    assertEquals(Tense.PAST, first("Er/PPER habe/VAFIN/haben am/APPRART/an Freitag/NN verhandelt/VVPP/verhandeln ./$."));
  }

  @Test
  void futureWithWerdenAndInfinitive() {
    assertEquals(Tense.FUTURE, first("Im/APPRART/in Mai/NN wird/VAFIN/werden er/PPER abreisen/VVINF ./$."));
  }

  @Test
  void sollAndWillWithAnInfinitiveSpeakOfTheFuture() {
    assertEquals(Tense.FUTURE, first("Im/APPRART/in Oktober/NN soll/VMFIN/sollen gewählt/VVPP/wählen werden/VAINF/werden ./$."));
    assertEquals(Tense.FUTURE, first("Am/APPRART/an Freitag/NN will/VMFIN/wollen die/ART Ministerin/NN reisen/VVINF ./$."));
    // near misses: reporting with a participle, and the past of the modal
    assertEquals(Tense.PAST, first("Am/APPRART/an Freitag/NN soll/VMFIN/sollen er/PPER abgereist/VVPP/abreisen sein/VAINF/sein ./$."));
    assertEquals(Tense.PAST, first("Am/APPRART/an Freitag/NN wollte/VMFIN/wollen die/ART Ministerin/NN reisen/VVINF ./$."));
  }

  @Test
  void passiveIsNotFuture() {
    assertEquals(Tense.PAST, first("Im/APPRART/in Mai/NN wurde/VAFIN/werden er/PPER gewählt/VVPP/wählen ./$."));
    assertEquals(Tense.PRESENT, first("Am/APPRART/an Sonntag/NN wird/VAFIN/werden gewählt/VVPP/wählen ./$."));
  }

  @Test
  void verblessClauseTakesTheNearestClause() {
    Tense[] t = detector.tenses(sentence("Am/APPRART/an Montag/NN ,/$, dem/ART Feiertag/NN ,/$, kamen/VVFIN/kommen alle/PIS ./$."));
    assertEquals(Tense.PAST, t[0]);
    assertEquals(Tense.PAST, t[3]);
  }

  @Test
  void eachClauseHasItsOwnTense() {
    Tense[] t = detector.tenses(sentence("Er/PPER sagte/VVFIN/sagen ,/$, er/PPER werde/VAFIN/werden am/APPRART/an Montag/NN kommen/VVINF ./$."));
    assertEquals(Tense.PAST, t[0]);
    assertEquals(Tense.FUTURE, t[5]);
  }

  @Test
  void unknownVerbFallsBackToItsEnding() {
    assertEquals(Tense.PAST, first("Sie/PPER twitterten/VVFIN/twittern ./$."));
    assertEquals(Tense.PRESENT, first("Sie/PPER twittern/VVFIN/twittern ./$."));
  }
}
