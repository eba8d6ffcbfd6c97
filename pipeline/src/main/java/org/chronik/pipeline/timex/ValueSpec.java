package org.chronik.pipeline.timex;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A normalization function and its arguments, e.g. {@code date year={year} month={month|month}}.
 * Arguments are templates: {@code {group}} inserts a named group, {@code {group|table}} the group
 * looked up in a table. An argument that comes out empty is absent.
 */
record ValueSpec(String function, Map<String, String> args) {
  private static final Pattern ARG = Pattern.compile("([a-z]+)=(\\S*)");
  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?:\\|([a-z_]+))?}");

  static ValueSpec parse(String text) {
    String[] parts = text.trim().split("\\s+", 2);
    Map<String, String> args = new LinkedHashMap<>();
    if (parts.length > 1) {
      Matcher m = ARG.matcher(parts[1]);
      int at = 0;
      while (m.find()) {
        if (!parts[1].substring(at, m.start()).isBlank()) {
          throw new IllegalArgumentException("cannot read argument \"" + parts[1].substring(at, m.start()).trim() + "\"");
        }
        args.put(m.group(1), m.group(2));
        at = m.end();
      }
      if (!parts[1].substring(at).isBlank()) {
        throw new IllegalArgumentException("cannot read argument \"" + parts[1].substring(at).trim() + "\"");
      }
    }
    return new ValueSpec(parts[0], Map.copyOf(args));
  }

  /**
   * The TIMEX type of what the function yields: a duration is a DURATION whatever the rule declares (a
   * rule may read as a date in stories and as a duration in news), a point in time the rule's DATE or TIME.
   */
  String type(String declared) {
    return switch (function) {
      case "duration" -> "DURATION";
      case "literal", "tensed", "antecedent", "none" -> declared;
      default -> declared.equals("TIME") ? "TIME" : "DATE";
    };
  }

  /** Checks every table a slot names exists, so a typo fails at load time. */
  void check(TimexTables tables) {
    for (String template : args.values()) {
      checkTemplate(template, tables);
    }
  }

  static void checkTemplate(String template, TimexTables tables) {
    Matcher m = SLOT.matcher(template);
    while (m.find()) {
      if (m.group(2) != null && !tables.has(m.group(2))) {
        throw new IllegalArgumentException("unknown table " + m.group(2));
      }
    }
  }

  /** The arguments filled from the captured groups; empty ones are left out. */
  Map<String, String> fill(Map<String, String> groups, TimexTables tables) {
    Map<String, String> out = new LinkedHashMap<>();
    args.forEach(
        (k, template) -> {
          String v = substitute(template, groups, tables);
          if (!v.isEmpty() && !v.equals("-")) {
            out.put(k, v);
          }
        });
    return out;
  }

  static String substitute(String template, Map<String, String> groups, TimexTables tables) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    Matcher m = SLOT.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String g = groups.get(m.group(1));
      String v = g == null ? "" : m.group(2) == null ? g : tables.lookup(m.group(2), g);
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
