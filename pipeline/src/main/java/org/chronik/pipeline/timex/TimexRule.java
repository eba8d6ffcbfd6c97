package org.chronik.pipeline.timex;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule: a pattern with named groups, the TIMEX type, how to normalize a match, and its examples.
 *
 * @param anchor what the expression is resolved against: "creation" (the creation date), "ref" (the
 *     last date mentioned: "am Folgetag") or "sentence" (a date earlier in the same sentence: a clock time)
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
    String anchor,
    String mod,
    boolean setsReference,
    List<TimexExample> examples) {}
