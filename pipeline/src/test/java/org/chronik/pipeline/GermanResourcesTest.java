package org.chronik.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chronik.pipeline.corenlp.ParseSelector;
import org.chronik.pipeline.lemma.GermanLexicon;
import org.chronik.pipeline.parse.TriggerSelector;
import org.junit.jupiter.api.Test;

/** The German rule stages share one of each resource: the full-form lexicon is read once for all of them. */
class GermanResourcesTest {
  @Test
  void theLexiconIsReadOnceForLemmasTimeQuotesAndEvents() {
    int before = GermanLexicon.loads();
    GermanResources de = GermanResources.load(false);
    assertEquals(1, GermanLexicon.loads() - before, "one read of the German lexicon for every stage");
    assertTrue(de.selector() instanceof TriggerSelector, "sentences are chosen from the lexicons");
  }

  @Test
  void parseAllChoosesEverySentence() {
    assertSame(ParseSelector.ALL, GermanResources.load(true).selector());
  }
}
