package org.chronik.pipeline.quotes;

import org.chronik.model.Span;

/**
 * Words between quotation marks.
 *
 * @param outer the span with the marks
 * @param inner the span without the marks (and without surrounding blanks)
 * @param closed false when no closing mark came before the paragraph end and the span was capped there
 */
public record MarkedSpan(Span outer, Span inner, boolean closed) {}
