package org.chronik.pipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.pipeline.lemma.GermanLexicon;
import org.junit.jupiter.api.Test;

/** The reflexive tags of lang/de/quotes/mood.tsv: the tagger's STTS tag and the lexicon's tags of "sich", not other pronouns. */
class ReflexiveTagsTest {
  private static final GermanLexicon MORPHOLOGY = GermanLexicon.load();
  private static final QuoteLexicon DE = QuoteLexicon.forLanguage("de", MORPHOLOGY);

  @Test
  void theTaggersAndTheLexiconsReflexiveTagsAreReflexive() {
    assertTrue(DE.isReflexiveTag("PRF"), "STTS reflexive pronoun");
    for (String word : List.of("sich", "euch")) {
      List<String> reflexive = MORPHOLOGY.tags(word).stream().filter(DE::isReflexiveTag).toList();
      assertFalse(reflexive.isEmpty(), word + ": " + MORPHOLOGY.tags(word));
    }
  }

  @Test
  void otherPronounsAndNoTagAreNot() {
    assertFalse(DE.isReflexiveTag("PPER"), "STTS personal pronoun");
    assertFalse(DE.isReflexiveTag("PPOSAT"), "STTS possessive");
    assertFalse(DE.isReflexiveTag(null));
    for (String word : List.of("ihn", "sie", "dieser")) {
      assertTrue(MORPHOLOGY.tags(word).stream().noneMatch(DE::isReflexiveTag), word + ": " + MORPHOLOGY.tags(word));
    }
  }
}
