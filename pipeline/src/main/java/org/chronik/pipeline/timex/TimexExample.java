package org.chronik.pipeline.timex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.model.PartialDate;

/**
 * An example of a rule: {@code "text" @anchor [past|present|future] [narrative] -> value [mod]}, or a
 * near miss ({@code nomatch "text"}) on which the rule must not fire. Tests run every one.
 */
public record TimexExample(
    String rule, String text, PartialDate anchor, Tense tense, boolean narrative, String value, String mod, boolean negative) {
  private static final Pattern LINE =
      Pattern.compile("\"([^\"]+)\"\\s+@(\\S+)((?:\\s+(?:past|pluperfect|present|future|narrative))*)\\s+->\\s+(\\S+)(?:\\s+(\\S+))?\\s*");

  static TimexExample parse(String rule, String text) {
    Matcher m = LINE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("example must read \"text\" @YYYY-MM[-DD] [past|pluperfect|present|future] [narrative] -> VALUE [MOD]");
    }
    Tense tense = Tense.UNKNOWN;
    boolean narrative = false;
    for (String w : m.group(3).trim().split("\\s+")) {
      if (w.equals("narrative")) {
        narrative = true;
      } else if (!w.isEmpty()) {
        tense = Tense.of(w);
      }
    }
    return new TimexExample(rule, m.group(1), PartialDate.parse(m.group(2)), tense, narrative, m.group(4), m.group(5), false);
  }

  /** {@code "text" [narrative]}: the rule must not fire (in a narrative document when so marked). */
  static TimexExample negative(String rule, String text) {
    String t = text.trim();
    boolean narrative = t.endsWith(" narrative");
    if (narrative) {
      t = t.substring(0, t.length() - " narrative".length()).trim();
    }
    if (t.length() < 2 || !t.startsWith("\"") || !t.endsWith("\"")) {
      throw new IllegalArgumentException("nomatch must be a quoted sentence, optionally followed by narrative");
    }
    return new TimexExample(rule, t.substring(1, t.length() - 1), PartialDate.parse("2025-11-04"), Tense.UNKNOWN, narrative, null, null, true);
  }

  @Override
  public String toString() {
    return rule + ": " + (negative ? "not in " : "") + "\"" + text + "\"" + (negative ? "" : " -> " + value + (mod == null ? "" : " " + mod));
  }
}
