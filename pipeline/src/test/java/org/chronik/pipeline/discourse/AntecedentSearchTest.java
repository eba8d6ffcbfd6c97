package org.chronik.pipeline.discourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/** The shared antecedent search on hand-built sentences: subject preference, last-named, reach, subject-only. */
class AntecedentSearchTest {
  private static final ActorRef A = new ActorRef("person:a", "A", ActorType.PERSON, "FRA", null, null);
  private static final ActorRef B = new ActorRef("person:b", "B", ActorType.PERSON, "UKR", null, null);

  /** Sentences of (word, deprel, head) tokens laid out one after another; actors by "sentence:token". */
  private record Doc(List<List<Token>> sentences, Map<String, ActorRef> actors) implements AntecedentSearch.Text {
    @Override
    public List<Token> tokens(int sentence) {
      return sentences.get(sentence);
    }

    @Override
    public ActorRef candidate(int sentence, int k) {
      return actors.get(sentence + ":" + k);
    }
  }

  private static List<List<Token>> sentences(String[][]... specs) {
    List<List<Token>> out = new ArrayList<>();
    int offset = 0;
    for (String[][] spec : specs) {
      List<Token> tokens = new ArrayList<>();
      for (int i = 0; i < spec.length; i++) {
        String w = spec[i][0];
        String upos = spec[i].length > 3 ? spec[i][3] : "X";
        tokens.add(new Token(i, w, w, new Span(offset, offset + w.length()), w, upos, null, "O", Integer.parseInt(spec[i][2]), spec[i][1]));
        offset += w.length() + 1;
      }
      out.add(tokens);
    }
    return out;
  }

  // "A empfing B . Er …": A heads the subject, B the object
  private static final List<List<Token>> TWO = sentences(
      new String[][] {{"A", "nsubj", "1"}, {"empfing", "root", "-1"}, {"B", "obj", "1"}},
      new String[][] {{"Er", "nsubj", "1"}, {"kritisierte", "root", "-1"}});

  @Test
  void personalPronounPrefersTheSubjectDemonstrativeTheLastNamed() {
    Doc doc = new Doc(TWO, Map.of("0:0", A, "0:2", B));
    int er = TWO.get(1).get(0).begin();
    assertEquals(A, AntecedentSearch.find(doc, 1, er, false, 2));
    assertEquals(B, AntecedentSearch.find(doc, 1, er, true, 2));
  }

  @Test
  void subjectOnlyStopsAtASentenceWithoutASubjectAntecedent() {
    Doc doc = new Doc(TWO, Map.of("0:2", B));
    int er = TWO.get(1).get(0).begin();
    assertNull(AntecedentSearch.locate(doc, 1, er, AntecedentSearch.Mode.SUBJECT_ONLY, 2));
    assertEquals(B, AntecedentSearch.locate(doc, 1, er, AntecedentSearch.Mode.SUBJECT_FIRST, 2).actor());
  }

  @Test
  void nothingBeyondReach() {
    Doc doc = new Doc(TWO, Map.of("0:0", A));
    assertNull(AntecedentSearch.find(doc, 1, TWO.get(1).get(0).begin(), false, 0));
  }

  // "Einer der Gegner , A , protestierte . Er …": the subject is a pronoun; the noun it picks one of, and that noun's apposition, say who
  private static final List<List<Token>> PARTITIVE = sentences(
      new String[][] {{"Einer", "nsubj", "6", "PRON"}, {"der", "det", "2"}, {"Gegner", "nmod", "0", "NOUN"}, {",", "punct", "4"},
          {"A", "appos", "2", "PROPN"}, {",", "punct", "4"}, {"protestierte", "root", "-1"}, {"gegen", "case", "8"}, {"B", "obl", "6", "PROPN"}},
      new String[][] {{"Er", "nsubj", "1"}, {"forderte", "root", "-1"}});

  @Test
  void aPartitiveSubjectIsAboutThePersonItsNounNames() {
    Doc doc = new Doc(PARTITIVE, Map.of("0:4", A, "0:8", B));
    int er = PARTITIVE.get(1).get(0).begin();
    assertEquals(A, AntecedentSearch.locate(doc, 1, er, AntecedentSearch.Mode.SUBJECT_ONLY, 2).actor());
  }

  @Test
  void aDeterminerHeadedPartitiveToo() {
    // "Eine der Sprecherinnen A …": the name beside the noun, the head a determiner
    List<List<Token>> doc = sentences(
        new String[][] {{"Eine", "nsubj", "4", "DET"}, {"der", "det", "2"}, {"Sprecherinnen", "nmod", "0", "NOUN"}, {"A", "flat", "2", "PROPN"},
            {"sprach", "root", "-1"}},
        new String[][] {{"Sie", "nsubj", "1"}, {"forderte", "root", "-1"}});
    assertEquals(A, AntecedentSearch.locate(new Doc(doc, Map.of("0:3", A)), 1, doc.get(1).get(0).begin(), AntecedentSearch.Mode.SUBJECT_ONLY, 2).actor());
  }

  @Test
  void aGenitiveOfANounSubjectIsNotItsSubject() {
    // "Der Berater des Präsidenten B traf A . Er …": B stands in a genitive of a noun subject; the clause is about the adviser
    List<List<Token>> doc = sentences(
        new String[][] {{"Der", "det", "1"}, {"Berater", "nsubj", "5", "NOUN"}, {"des", "det", "3"}, {"Präsidenten", "nmod", "1", "NOUN"},
            {"B", "flat", "3", "PROPN"}, {"traf", "root", "-1"}, {"A", "obj", "5", "PROPN"}},
        new String[][] {{"Er", "nsubj", "1"}, {"forderte", "root", "-1"}});
    assertNull(AntecedentSearch.locate(new Doc(doc, Map.of("0:4", B, "0:6", A)), 1, doc.get(1).get(0).begin(), AntecedentSearch.Mode.SUBJECT_ONLY, 2));
  }
}
