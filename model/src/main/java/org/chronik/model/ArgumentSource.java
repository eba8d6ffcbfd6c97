package org.chronik.model;

/**
 * Where an event's source or target actor was read: a phrase of its own sentence ({@code SENTENCE}),
 * a pronoun or demonstrative resolved to an actor named before ({@code PRONOUN}: "er", "dieser"), a
 * definite description of an actor named before ({@code DESCRIPTION}: "die Organisation", "das
 * Land"), an earlier act this one continues or re-mentions ({@code ANTECEDENT}: "Russland griff X an.
 * Dabei wurden Städte bombardiert."), or a codebook default for acts whose actor goes unsaid
 * ({@code IMPLICIT}: the authorities of the country where an arrest takes place), or a phrase of its own
 * sentence read by its place in the trigger's clause where the dependency parse gave none ({@code
 * WORD_ORDER}).
 */
public enum ArgumentSource { SENTENCE, PRONOUN, DESCRIPTION, ANTECEDENT, IMPLICIT, WORD_ORDER }
