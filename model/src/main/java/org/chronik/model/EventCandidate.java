package org.chronik.model;

import java.util.List;

/**
 * A trigger the event coder matched that gave no event, and why: what {@code chronik eval --explain}
 * and {@code chronik analyze} show to say what a sentence lacked.
 *
 * @param evidence span of the sentence
 * @param trigger span of the trigger word
 * @param rule id of the pattern that matched
 * @param code the pattern's CAMEO code
 * @param sources actors found in the source slots (empty when none)
 * @param targets actors found in the target slots (empty when none)
 * @param countryless mentions in the pattern's slots whose actor has no country, so cannot act
 */
public record EventCandidate(
    Span evidence, Span trigger, String rule, String code, List<ActorRef> sources, List<ActorRef> targets,
    List<Mention> countryless, Problem problem) {

  /** Why the match gave no event. */
  public enum Problem {
    /** no actor in the source slots */
    NO_SOURCE,
    /** no actor in the target slots (and the act is not mutual between coordinated sources) */
    NO_TARGET,
    /** source and target are one side (a state and its own government) */
    SAME_SIDE,
    /** source and target are both private actors (companies, media): no political event */
    PRIVATE
  }

  public EventCandidate {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    countryless = List.copyOf(countryless);
  }
}
