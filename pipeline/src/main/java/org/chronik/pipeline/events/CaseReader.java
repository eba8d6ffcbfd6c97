package org.chronik.pipeline.events;

import java.util.Set;

/**
 * What a language's word forms say about the grammatical case of a noun phrase, so that a subject the
 * parser chose can be checked ("China hatte der EU gedroht": "der EU" cannot be a subject).
 */
interface CaseReader {
  /** Nominative, genitive, dative, accusative. */
  enum Case { NOM, GEN, DAT, ACC }

  /** Grammatical number, for subject–verb agreement. */
  enum Number { SINGULAR, PLURAL }

  /**
   * The cases the phrase headed at {@code head} can have, from its head word and its determiners and
   * adjectives; empty when the words do not tell.
   */
  Set<Case> cases(SentenceView s, int head);

  /**
   * The numbers the phrase headed at {@code head} can have as a subject (nominative readings that agree
   * with its determiners and adjectives); empty when the words do not tell.
   */
  default Set<Number> subjectNumbers(SentenceView s, int head) {
    return Set.of();
  }

  /** The numbers a finite verb form can agree with ("hatte" singular, "hatten" plural); empty when unknown. */
  default Set<Number> verbNumbers(SentenceView s, int verb) {
    return Set.of();
  }

  /**
   * Whether the phrase headed at {@code head}, read as a subject, may carry one of these sets of tag
   * features (a possessive's agreement: {@code SIN+MAS}, {@code PLU}); empty when the words do not tell.
   */
  default java.util.Optional<Boolean> subjectMayCarry(SentenceView s, int head, java.util.List<Set<String>> alternatives) {
    return java.util.Optional.empty();
  }

  /** True when the lexicon knows the verb form as an infinitive and never as a past participle ("angreifen", not "erhalten"). */
  default boolean infinitiveOnly(SentenceView s, int verb) {
    return false;
  }

  /** True when the lexicon knows the word itself as a noun ("Bewaffnete"), not only a word it ends in. */
  /** The lexicon's tags of the token's form ("VER:PA2:SFT" for "unterstützt"); empty when unknown. */
  default java.util.List<String> tags(SentenceView s, int t) {
    return java.util.List.of();
  }

  default boolean knownNoun(SentenceView s, int t) {
    return false;
  }

  /** For languages whose word forms carry no case, or when no lexicon is at hand: never tells. */
  CaseReader NONE = (s, head) -> Set.of();
}
