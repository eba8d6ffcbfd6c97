package org.chronik.pipeline.timex;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words in front of an expression that widen it and set its mod or a suffix: "Anfang" + "März",
 * "am Morgen des" + "9. Februar 1904".
 *
 * @param before pattern anchored at the end of the text in front of the expression
 * @param types the expression types it applies to (empty: all)
 * @param widens false when the words only qualify the expression and stay outside its span
 * @param setsReference false when the words make the date a bound ("seit", "bis")
 * @param suffix template appended to a day-precision value ("T{part|daypart}"), or null
 * @param shift days a day-precision value moves before the suffix ("in der Nacht zum 3. Mai": -1)
 * @param tense the tense the expression is resolved in whatever its clause's ("seit": past), or null
 */
record TimexWrap(
    String id, Pattern before, List<String> groups, Set<String> types, String mod, String suffix, int shift, Tense tense, boolean widens, boolean setsReference, List<TimexExample> examples) {}
