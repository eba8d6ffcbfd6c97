package org.chronik.model;

/**
 * Page furniture found in a body: a share button, a gallery teaser, a photo credit, a byline, an
 * agency tag or a dateline. Kept as metadata and hidden from the parser.
 *
 * @param kind SHARE, TEASER, CREDIT, BYLINE, AGENCY_TAG, DATELINE, …
 * @param rule id of the cleaning rule that recognised it
 */
public record Furniture(String kind, Span span, String text, String rule) {}
