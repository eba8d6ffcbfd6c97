package org.chronik.pipeline.timex;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule: a pattern with named groups, the TIMEX type, how to normalize a match, and its examples.
 *
 * @param refAnchor true when the expression points back to the last date mentioned ("am Folgetag")
 *     rather than to the creation date
 * @param narrative normalization used instead of {@code value} in narrative documents, or null
 * @param mod TIMEX mod template, or null
 * @param setsReference false for dates that bound a range rather than set the story's time ("bis 1990")
 */
record TimexRule(
    String id,
    Pattern pattern,
    List<String> groups,
    String type,
    ValueSpec value,
    ValueSpec narrative,
    boolean refAnchor,
    String mod,
    boolean setsReference,
    List<TimexExample> examples) {}
