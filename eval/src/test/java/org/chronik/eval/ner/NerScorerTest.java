package org.chronik.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronik.eval.Counts;
import org.junit.jupiter.api.Test;

class NerScorerTest {
  // invented sentences in the GermEval layout
  private static final List<String> FILE = List.of(
      "#\thttp://www.example-zeitung.de/politik/1.html\t[2012-05-03]",
      "1\tAnna\tB-PER\tO",
      "2\tBerg\tI-PER\tO",
      "3\treiste\tO\tO",
      "4\tnach\tO\tO",
      "5\tZenda\tB-LOC\tO",
      "6\t.\tO\tO",
      "",
      "#\thttps://de.wikipedia.org/wiki/Irgendwas\t[2011-01-01]",
      "1\tDie\tO\tO",
      "2\tzendische\tB-LOCderiv\tO",
      "3\tBahn\tB-ORG\tO",
      "4\tfährt\tO\tO",
      "5\tEU-weit\tB-ORGpart\tO",
      "");

  private final NerScorer scorer = new NerScorer(NerTags.standard());

  private static List<GermEvalSentence> sentences() {
    return GermEvalReader.parse(FILE, "test.tsv", w -> { throw new AssertionError(w); });
  }

  @Test
  void readsSentencesWithUrlDateTokensAndOuterTags() {
    List<GermEvalSentence> s = sentences();
    assertEquals(2, s.size());
    assertEquals("http://www.example-zeitung.de/politik/1.html", s.get(0).url());
    assertEquals("2012-05-03", s.get(0).date());
    assertEquals(List.of("Anna", "Berg", "reiste", "nach", "Zenda", "."), s.get(0).tokens());
    assertEquals("B-LOCderiv", s.get(1).tags().get(1));
  }

  @Test
  void malformedLinesAreReportedAndTheirSentenceSkipped() {
    List<String> warnings = new ArrayList<>();
    List<String> lines = new ArrayList<>(FILE);
    lines.set(3, "3 reiste O O");
    List<GermEvalSentence> s = GermEvalReader.parse(lines, "bad.tsv", warnings::add);
    assertEquals(1, s.size());
    assertEquals(List.of("bad.tsv line 4: expected index, token and tag separated by tabs; sentence skipped"), warnings);
  }

  @Test
  void perfectTaggerScoresOneAndDerivAndPartVariantsAreNotEntities() {
    Map<String, Counts> r = scorer.score(sentences(), tokens -> perfect(tokens)).byType();
    assertEquals(1.0, r.get("ALL").f1());
    assertEquals(3, r.get("ALL").required(), "PER, LOC and ORG; zendische and EU-weit are not counted");
  }

  @Test
  void germEvalsConventionsScoreDerivAndPartAsTypesOfTheirOwn() {
    NerScorer germeval = new NerScorer(NerTags.germeval());
    List<List<String>> answers = List.of(
        List.of("PER", "PER", "O", "O", "LOC", "O"),
        List.of("O", "B-LOCderiv", "ORG", "O", "O"));
    int[] call = {0};
    Map<String, Counts> r = germeval.score(sentences(), tokens -> answers.get(call[0]++)).byType();
    assertEquals(1.0, r.get("LOCderiv").recall());
    assertEquals(0.0, r.get("ORGpart").recall(), "EU-weit was not said");
    assertEquals(5, r.get("ALL").required(), "PER, LOC, ORG, LOCderiv and ORGpart");
    // the same answer in the project's conventions: the -deriv tag is O, and "zendische" is no entity
    call[0] = 0;
    assertEquals(3, scorer.score(sentences(), tokens -> answers.get(call[0]++)).byType().get("ALL").required());
  }

  @Test
  void spansAreStrictAndPlainOrBioPredictionsBothWork() {
    // only "Berg" as PER: wrong extent; Zenda as B-LOCATION; Bahn missed; "zendische" tagged LOC is a false positive
    List<List<String>> answers = List.of(
        List.of("O", "PER", "O", "O", "B-LOCATION", "O"),
        List.of("O", "LOC", "O", "O", "O"));
    int[] call = {0};
    NerScorer.Result r = scorer.score(sentences(), tokens -> answers.get(call[0]++));
    Counts per = r.byType().get("PER");
    assertEquals(0.0, per.precision());
    assertEquals(0.0, per.recall());
    assertEquals(0.5, r.byType().get("LOC").precision());
    assertEquals(1.0, r.byType().get("LOC").recall());
    assertNull(r.byType().get("ORG").precision(), "no ORG predicted");
    assertEquals(0.0, r.byType().get("ORG").recall());
  }

  @Test
  void bPrefixSplitsAdjacentEntitiesOfOneType() {
    NerTags tags = NerTags.standard();
    assertEquals(2, tags.predicted(0, List.of("B-PER", "B-PER")).size());
    assertEquals(1, tags.predicted(0, List.of("PER", "PER")).size());
    assertEquals(1, tags.predicted(0, List.of("I-PER", "I-PER", "MISC")).size());
  }

  @Test
  void aTaggerReturningTheWrongNumberOfTagsIsAnError() {
    assertThrows(IllegalStateException.class, () -> scorer.score(sentences(), tokens -> List.of("O")));
  }

  @Test
  void newsDomainsMatchHostsAndSubdomainsOnly() {
    NewsDomains news = new NewsDomains(List.of("example-zeitung.de"));
    assertTrue(news.isNews("http://www.example-zeitung.de/politik/1.html"));
    assertTrue(news.isNews("http://archiv.example-zeitung.de/x"));
    assertFalse(news.isNews("http://example-zeitung.de.evil.org/x"));
    assertFalse(news.isNews("http://notexample-zeitung.de/x"));
    assertFalse(news.isNews("https://de.wikipedia.org/wiki/X"));
    assertTrue(NewsDomains.standard().size() > 50);
    assertFalse(NewsDomains.standard().isNews("https://de.wikipedia.org/wiki/X"));
  }

  private static List<String> perfect(List<String> tokens) {
    // the gold of FILE, written as plain types
    if (tokens.get(0).equals("Anna")) {
      return List.of("PER", "PER", "O", "O", "LOC", "O");
    }
    return List.of("O", "O", "ORG", "O", "O");
  }
}
