package org.chronik.pipeline.timex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The fields of one rule or wrap of {@code rules.txt} as read, turned into a record by {@link #build}. */
final class RuleBlock {
  final String kind;
  final String id;
  final int line;
  final Map<String, String> fields = new LinkedHashMap<>();
  final List<TimexExample> examples = new ArrayList<>();

  RuleBlock(String kind, String id, int line) {
    this.kind = kind;
    this.id = id;
    this.line = line;
  }

  void add(String key, String value, String file, int at) {
    try {
      switch (key) {
        case "example" -> examples.add(TimexExample.parse(id, value));
        case "nomatch" -> examples.add(TimexExample.negative(id, value));
        case "match", "before", "type", "value", "narrative", "anchor", "mod", "types", "suffix", "shift", "tense", "widen", "reference" -> fields.put(key, value);
        default -> throw new IllegalArgumentException("unknown field " + key);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ":" + at + ": " + e.getMessage(), e);
    }
  }

  void build(Map<String, String> macros, TimexTables tables, List<TimexRule> rules, List<TimexWrap> wraps) {
    if (examples.stream().noneMatch(e -> !e.negative())) {
      throw new IllegalArgumentException("needs at least one example");
    }
    if (kind.equals("rule")) {
      String regex = TimexGrammar.expand(require("match"), macros, tables);
      Pattern p = TimexGrammar.compile(TimexGrammar.LEFT + "(?:" + regex + ")" + TimexGrammar.RIGHT);
      ValueSpec value = ValueSpec.parse(require("value"));
      value.check(tables);
      ValueSpec narrative = fields.containsKey("narrative") ? ValueSpec.parse(fields.get("narrative")) : null;
      String mod = fields.get("mod");
      if (mod != null) {
        ValueSpec.checkTemplate(mod, tables);
      }
      String anchor = fields.getOrDefault("anchor", "creation");
      if (!List.of("creation", "ref", "sentence", "told").contains(anchor)) {
        throw new IllegalArgumentException("anchor must be creation, ref, sentence or told, not " + anchor);
      }
      rules.add(new TimexRule(id, p, TimexGrammar.groups(regex), require("type"), value, narrative, anchor, mod, yes("reference"), List.copyOf(examples)));
    } else {
      String regex = TimexGrammar.expand(require("before"), macros, tables);
      Pattern p = TimexGrammar.compile(TimexGrammar.LEFT + "(?:" + regex + ")\\z");
      String types = fields.getOrDefault("types", "");
      String suffix = fields.get("suffix");
      if (suffix != null) {
        ValueSpec.checkTemplate(suffix, tables);
      }
      wraps.add(new TimexWrap(id, p, TimexGrammar.groups(regex), types.isBlank() ? Set.of() : Set.of(types.split("[\\s,]+")), fields.get("mod"), suffix, shift(), tense(), yes("widen"), yes("reference"), List.copyOf(examples)));
    }
  }

  /** A wrap's tense, null when absent. */
  private Tense tense() {
    String v = fields.get("tense");
    if (v == null) {
      return null;
    }
    Tense t = Tense.of(v);
    if (t == Tense.UNKNOWN) {
      throw new IllegalArgumentException("tense must be past, pluperfect, present or future, not " + v);
    }
    return t;
  }

  /** A wrap's day shift, 0 when absent. */
  private int shift() {
    try {
      return Integer.parseInt(fields.getOrDefault("shift", "0"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("shift must be a whole number of days, not " + fields.get("shift"));
    }
  }

  /** A yes/no field, yes when absent. */
  private boolean yes(String key) {
    String v = fields.getOrDefault(key, "yes");
    if (!v.equals("yes") && !v.equals("no")) {
      throw new IllegalArgumentException(key + " must be yes or no, not " + v);
    }
    return v.equals("yes");
  }

  private String require(String key) {
    String v = fields.get(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("missing field " + key);
    }
    return v;
  }

}
