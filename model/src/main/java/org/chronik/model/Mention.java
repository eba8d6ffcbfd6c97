package org.chronik.model;

/**
 * A place in the body that refers to an actor.
 *
 * @param kind how it refers: NAME, ALIAS, FUZZY, ADJECTIVE, METONYM, TITLE, PRONOUN, PLURAL, NER
 * @param rule which dictionary entry or rule linked it, for explanation
 */
public record Mention(Span span, String text, ActorRef actor, String kind, String rule) {}
