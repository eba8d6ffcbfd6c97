package org.chronik.pipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.pipeline.lemma.GermanLexicon;
import org.junit.jupiter.api.Test;

/**
 * The tag rows of lang/de/quotes/mood.tsv: for each word class the quote rules ask about, the
 * tagger's STTS tag and the lexicon's tags of words of the class match, and near misses do not.
 */
class TagClassTest {
  private static final GermanLexicon MORPHOLOGY = GermanLexicon.load();
  private static final QuoteLexicon DE = QuoteLexicon.forLanguage("de", MORPHOLOGY);

  private static boolean anyTag(TagClass c, String word) {
    return MORPHOLOGY.tags(word).stream().anyMatch(t -> DE.hasTag(c, t));
  }

  private static void check(TagClass c, List<String> words, List<String> nearMisses) {
    for (String word : words) {
      assertTrue(anyTag(c, word), c + " " + word + ": " + MORPHOLOGY.tags(word));
    }
    for (String word : nearMisses) {
      assertFalse(anyTag(c, word), c + " must not take " + word + ": " + MORPHOLOGY.tags(word));
    }
  }

  @Test
  void reflexivePronouns() {
    assertTrue(DE.hasTag(TagClass.REFLEXIVE, "PRF"), "STTS reflexive pronoun");
    assertFalse(DE.hasTag(TagClass.REFLEXIVE, "PPER"), "STTS personal pronoun");
    check(TagClass.REFLEXIVE, List.of("sich", "euch"), List.of("ihn", "sie", "dieser"));
  }

  @Test
  void finiteVerbs() {
    assertTrue(DE.hasTag(TagClass.FINITE, "VVFIN"));
    assertTrue(DE.hasTag(TagClass.FINITE, "VAFIN"));
    assertFalse(DE.hasTag(TagClass.FINITE, "VVINF"), "STTS infinitive");
    assertFalse(DE.hasTag(TagClass.FINITE, "VVPP"), "STTS participle");
    check(TagClass.FINITE, List.of("verhandelt", "erklärte"), List.of("Verhandlung", "schnell"));
  }

  @Test
  void predicativeAdjectivesDemonstrativesAndIndefiniteArticles() {
    check(TagClass.PREDICATIVE, List.of("schnell", "ruhig"), List.of("Regierung", "dort"));
    check(TagClass.DEMONSTRATIVE, List.of("dieser", "jene"), List.of("er", "sich"));
    check(TagClass.INDEFINITE, List.of("ein", "einer"), List.of("der", "die"));
  }

  @Test
  void noTagAndUnknownKinds() {
    for (TagClass c : TagClass.values()) {
      assertFalse(DE.hasTag(c, null), c.toString());
    }
    assertTrue(TagClass.ofKind("demonstrative") == TagClass.DEMONSTRATIVE);
    assertNull(TagClass.ofKind("subjunctive"), "mood rows are no tag class");
  }
}
