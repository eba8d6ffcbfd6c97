package org.chronik.pipeline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SentenceJoins} on token lists, without CoreNLP: which breaks are mended, which are kept. */
class SentenceJoinsTest {
  /** A token: its word and its character span. */
  private record W(String word, int begin, int end) {}

  /** Tokens of a text split at spaces; a "." written after a space-less word is glued to it. */
  private static List<W> tokens(String text) {
    List<W> out = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      if (w.endsWith(".") && w.length() > 1) {
        String core = w.substring(0, w.length() - 1);
        out.add(new W(core, at, at + core.length()));
        out.add(new W(".", at + core.length(), at + w.length()));
      } else {
        out.add(new W(w, at, at + w.length()));
      }
      at += w.length() + 1;
    }
    return out;
  }

  private static int stop(String first, String next) {
    return SentenceJoins.GERMAN.wrongStop(tokens(first), tokens(next), W::word, W::begin, W::end);
  }

  @Test
  void aNumberAfterAnArticleOrAPossessiveIsAnOrdinal() {
    assertTrue(stop("Kämpfer des 3.", "Bataillons ergaben sich") > 0);
    assertTrue(stop("Er feierte in Rom seinen 80.", "Geburtstag mit Gästen") > 0);
    assertTrue(stop("Die Partei lag im 2.", "Wahlgang vorn") > 0);
  }

  @Test
  void aNumberAfterOtherWordsEndsItsSentence() {
    assertEquals(-1, stop("Die Zahl der Toten stieg auf 35.", "Die Polizei sperrte das Gebiet"));
    assertEquals(-1, stop("Der Kandidat erhielt 52 Prozent, sein Rivale 48.", "Die Wahlbeteiligung lag niedrig"));
    assertEquals(-1, stop("Das Werk liegt an der Straße des 1234.", "Die Arbeiter streikten"), "four digits are a year, not an ordinal");
    assertEquals(-1, stop("Sie kamen im Jahr 1999 an.", "Die Regierung begrüßte sie"));
  }

  @Test
  void lowerCaseAfterAGluedStopIsStillMended() {
    assertTrue(stop("Das Treffen ist für den 14.", "und 15. Oktober angesetzt") > 0);
  }
}
