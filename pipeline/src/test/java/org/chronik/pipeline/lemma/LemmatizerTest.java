package org.chronik.pipeline.lemma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

class LemmatizerTest {
  private static Lemmatizer lemmatizer;

  @BeforeAll
  static void load() {
    lemmatizer = Lemmatizer.german();
  }

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvFileSource(resources = "/lemma/lemmas.tsv", delimiter = '\t', numLinesToSkip = 1)
  void lemmaOfWord(String word, String upos, String expected) {
    assertEquals(expected, lemmatizer.lemma(word, upos));
  }

  /** Rows of lang/de/lemma/dispreferred.tsv: lemma, instead, form. */
  static Stream<Arguments> dispreferredRows() throws IOException {
    try (InputStream in = LemmatizerTest.class.getResourceAsStream("/lang/de/lemma/dispreferred.tsv")) {
      assertNotNull(in, "lang/de/lemma/dispreferred.tsv on the classpath");
      List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).toList();
      assertFalse(rows.isEmpty());
      return rows.stream().map(l -> l.split("\t")).map(f -> Arguments.of(f[2], f[0], f[1]));
    }
  }

  @ParameterizedTest(name = "{0}: {2}, not {1}")
  @MethodSource("dispreferredRows")
  void aFormSharedWithARareVerbTakesTheCommonOne(String form, String rare, String common) {
    assertEquals(common, lemmatizer.lemma(form, "VERB"));
  }

  @Test
  void aFormOnlyTheRareVerbHasKeepsIt() {
    assertEquals("schwären", lemmatizer.lemma("schwären", "VERB"), "a form of the rare verb alone keeps its lemma");
  }

  private static Token token(int i, String text, String upos, int head, String deprel) {
    return new Token(i, text, text, new Span(i * 10, i * 10 + text.length()), null, upos, null, "O", head, deprel);
  }

  @Test
  void separableParticleIsJoinedOntoTheVerb() {
    // "Die Regierung sagte ihre Teilnahme ab ."
    Sentence s = new Sentence(0, new Span(0, 70), List.of(
        token(0, "Die", "DET", 1, "det"),
        token(1, "Regierung", "NOUN", 2, "nsubj"),
        token(2, "sagte", "VERB", -1, "root"),
        token(3, "ihre", "DET", 4, "det:poss"),
        token(4, "Teilnahme", "NOUN", 2, "obj"),
        token(5, "ab", "ADP", 2, "compound:prt"),
        token(6, ".", "PUNCT", 2, "punct")));
    Sentence out = lemmatizer.lemmatize(s);
    assertEquals("absagen", out.token(2).lemma());
    assertEquals("sagte", out.token(2).text(), "the verb keeps its surface form");
    assertEquals("ab", out.token(5).lemma());
  }

  @Test
  void aParticleTheParserHangsOnAWordThatIsNoVerbStaysApart() {
    // "Nach dem Gipfel reisten die Minister ab ." with "dem" wrongly as a particle of "Nach": no "demnach"
    Sentence s = new Sentence(0, new Span(0, 80), List.of(
        token(0, "Nach", "ADP", 2, "case"),
        token(1, "dem", "DET", 0, "compound:prt"),
        token(2, "Gipfel", "NOUN", 3, "obl"),
        token(3, "reisten", "VERB", -1, "root"),
        token(4, "die", "DET", 5, "det"),
        token(5, "Minister", "NOUN", 3, "nsubj"),
        token(6, "ab", "ADP", 3, "compound:prt")));
    Sentence out = lemmatizer.lemmatize(s);
    assertEquals("nach", out.token(0).lemma().toLowerCase(java.util.Locale.ROOT));
    assertEquals("abreisen", out.token(3).lemma(), "the verb still takes its particle");
    // an auxiliary counts as a verb: "Die Sitzung fängt um neun an ." parsed with "fängt" as AUX
    Sentence aux = new Sentence(0, new Span(0, 40), List.of(
        token(0, "Sitzung", "NOUN", 1, "nsubj"),
        token(1, "fängt", "AUX", -1, "root"),
        token(2, "an", "ADP", 1, "compound:prt")));
    assertEquals("anfangen", lemmatizer.lemmatize(aux).token(1).lemma());
  }

  @Test
  void verbTagCarriesTense() {
    Sentence s = new Sentence(0, new Span(0, 10), List.of(token(0, "trafen", "VERB", -1, "root")));
    String tag = lemmatizer.lemmatize(s).token(0).xpos();
    assertEquals(true, tag.contains(":PRT:"), tag);
  }

  @Test
  void randomWordsNeverThrow() {
    Random random = new Random(7);
    String alphabet = "abcdefghijklmnopqrstuvwxyzäöüßÄÖÜABC-'.,0123456789 \u00a0\u200b😀";
    String[] tags = {"NOUN", "PROPN", "VERB", "ADJ", "PUNCT", "X", null};
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(20);
      for (int j = 0; j < len; j++) {
        sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      lemmatizer.lemma(sb.toString(), tags[random.nextInt(tags.length)]);
    }
    List<Token> tokens = new ArrayList<>();
    tokens.add(token(0, "zu", "ADP", 5, "compound:prt"));
    lemmatizer.lemmatize(new Sentence(0, new Span(0, 2), tokens)); // head outside the sentence must not throw
  }
}
