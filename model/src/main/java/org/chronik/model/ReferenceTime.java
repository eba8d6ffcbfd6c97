package org.chronik.model;

/**
 * A point where the reference time moves: the time the text is talking about (Reichenbach's R), as
 * the time tagger tracks it. From offset {@code from} on, statements that name no time of their own
 * are about {@code date}, until the next reference time. In news it is the last day told; in a story
 * the last date told.
 *
 * @param from body offset where it starts to hold: the end of the expression, or the start of the
 *     paragraph where a date heading takes the story back
 * @param date the date, or null when none holds (the article's creation date is all there is)
 * @param expression span of the time expression or date heading that set it
 */
public record ReferenceTime(int from, PartialDate date, Span expression) {}
