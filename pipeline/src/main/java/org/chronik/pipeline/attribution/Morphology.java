package org.chronik.pipeline.attribution;

import java.util.List;

/** What the attribution rules ask a language's morphology lexicon. */
public interface Morphology {
  /** Verb lemmas of a word form ("gedrängt" → "drängen"), for participles the tagger took for adjectives. */
  List<String> verbLemmas(String word);

  /**
   * True when the lexicon knows the word, and only in classes that never name anyone: an adverb
   * ("Demgegenüber", capitalized at a sentence start and tagged as a name), a conjunction, a participle.
   */
  boolean neverNames(String word);

  /**
   * False only when the lexicon shows that a determiner and its noun agree in no nominative reading
   * ("der Zeitung" is dative or genitive): such a phrase is no subject. True when unknown.
   */
  boolean canBeNominative(String determiner, String noun);

  /** A possessive determiner ("seiner Ansicht nach"), by the lexicon's reading of the lowercased word. */
  boolean isPossessive(String word);

  /** A demonstrative pronoun ("dieser", "jene"), by the lexicon's reading of the lowercased word. */
  boolean isDemonstrative(String word);

  /** A pronoun that stands for a statement, not a person ("Dies bestätigte X", "Das teilte X mit"): neuter singular demonstrative. */
  boolean refersToStatement(String word);

  /** A language without a morphology lexicon: no verb lemmas, every word may name someone. */
  Morphology NONE = new Morphology() {
    @Override
    public List<String> verbLemmas(String word) {
      return List.of();
    }

    @Override
    public boolean neverNames(String word) {
      return false;
    }

    @Override
    public boolean canBeNominative(String determiner, String noun) {
      return true;
    }

    @Override
    public boolean isPossessive(String word) {
      return false;
    }

    @Override
    public boolean isDemonstrative(String word) {
      return false;
    }

    @Override
    public boolean refersToStatement(String word) {
      return false;
    }
  };
}
