package org.chronik.pipeline.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void perfectAndPluperfectArePast() {
    assertEquals(Tense.PAST, first("Am/APPRART/an Montag/NN hat/VAFIN/haben sie/PPER ihn/PPER getroffen/VVPP/treffen ./$."));
    assertEquals(Tense.PAST, first("Zuvor/ADV war/VAFIN/sein er/PPER abgereist/VVPP/abreisen ./$."));
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
