package org.chronik.model;

/**
 * Where an event's date came from: a time expression in its clause ({@code EXPRESSION}), one elsewhere
 * in its sentence ({@code CONTEXT}), the reference time in force, a date told before that the text is
 * still on ({@code REFERENCE}), the earlier act this one re-mentions or continues and whose actor it
 * took ({@code ANTECEDENT}: "Russland griff X an. Dabei wurden Städte bombardiert."), the article's
 * creation date ({@code CREATION_DATE}), or nowhere.
 */
public enum DateSource { EXPRESSION, CONTEXT, REFERENCE, ANTECEDENT, CREATION_DATE, NONE }
