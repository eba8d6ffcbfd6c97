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
        tokens.add(new Token(i, w, w, new Span(offset, offset + w.length()), w, "X", null, "O", Integer.parseInt(spec[i][2]), spec[i][1]));
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
}
