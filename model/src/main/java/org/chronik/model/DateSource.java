package org.chronik.model;

/**
 * Where an event's date came from: a time expression in its clause ({@code EXPRESSION}), one elsewhere
 * in its sentence ({@code CONTEXT}), the reference time in force, a date told before that the text is
 * still on ({@code REFERENCE}), the article's creation date ({@code CREATION_DATE}), or nowhere.
 */
public enum DateSource { EXPRESSION, CONTEXT, REFERENCE, CREATION_DATE, NONE }
