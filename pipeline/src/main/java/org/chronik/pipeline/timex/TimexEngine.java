package org.chronik.pipeline.timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;

/**
 * Runs a language's rules over regions of a text (one region per sentence). Matches of all rules are
 * collected, the longest wins where they overlap (the earlier rule on a tie), wraps widen the winners,
 * and the winners are normalized in text order so each can serve as the reference for the next.
 * Immutable and thread-safe; per-document state lives in the {@link Reference} passed in.
 */
public final class TimexEngine {
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int WRAP_REACH = 60;

  private final TimexGrammar grammar;
  private final RuleIndex index;

  private TimexEngine(TimexGrammar grammar) {
    this.grammar = grammar;
    this.index = new RuleIndex(grammar.rules);
  }

  /** Loads {@code lang/<language>/timex/} from the classpath; throws IllegalArgumentException naming file and line. */
  public static TimexEngine forLanguage(String language) {
    TimexGrammar g = TimexGrammar.load(language);
    for (TimexRule r : g.rules) {
      check(r.id(), r.value());
      if (r.narrative() != null) {
        check(r.id(), r.narrative());
      }
    }
    return new TimexEngine(g);
  }

  private static void check(String id, ValueSpec spec) {
    if (!TimexResolver.known(spec.function())) {
      throw new IllegalArgumentException("rule " + id + ": unknown value function " + spec.function());
    }
  }

  /** Every example and near miss of every rule and wrap, for tests. */
  public List<TimexExample> examples() {
    List<TimexExample> all = new ArrayList<>();
    grammar.rules.forEach(r -> all.addAll(r.examples()));
    grammar.wraps.forEach(w -> all.addAll(w.examples()));
    return all;
  }

  /** Tags one region with a fixed tense: the form examples and simple callers use. */
  public List<TimeExpression> tag(String text, Reference ref, Tense tense) {
    return tag(text, List.of(new Span(0, text.length())), offset -> tense, ref);
  }

  /**
   * Tags the regions of {@code text} in order.
   *
   * @param tenseAt the tense of the clause at a character offset
   */
  public List<TimeExpression> tag(String text, List<Span> regions, IntFunction<Tense> tenseAt, Reference ref) {
    Matcher[] matchers = new Matcher[grammar.rules.size()];
    for (int i = 0; i < matchers.length; i++) {
      matchers[i] = grammar.rules.get(i).pattern().matcher(text).useTransparentBounds(true);
    }
    List<TimeExpression> out = new ArrayList<>();
    int previousEnd = 0;
    for (Span region : regions) {
      ref.startSentence(region.begin(), text.substring(Math.min(previousEnd, region.begin()), region.begin()).indexOf('\n') >= 0);
      previousEnd = region.end();
      List<TimeExpression> inRegion = new ArrayList<>();
      for (Candidate c : Candidate.select(find(matchers, region, text))) {
        widen(c, text, region.begin());
        Tense tense = tenseAt.apply(c.begin);
        TimeExpression t = normalize(c, text, tense, ref);
        if (t != null) {
          inRegion.add(t);
          if (t.type().equals("DATE") || t.type().equals("TIME")) {
            ref.mention(t.value(), t.span(), c.setsReference(), tense == Tense.PLUPERFECT);
          }
        }
      }
      if (inRegion.size() == 1 && heading(text, inRegion.get(0).span())) {
        ref.section(inRegion.get(0).value(), inRegion.get(0).span());
      }
      out.addAll(inRegion);
    }
    return out;
  }

  private String value(ValueSpec spec, Candidate c, Anchor anchor, Tense tense, boolean narrative) {
    try { // an undated document has no anchor: functions that need one fail and the match is dropped
      return TimexResolver.resolve(spec.function(), spec.fill(c.groups, grammar.tables), anchor, tense, narrative);
    } catch (RuntimeException e) {
      return null; // also a match the tables cannot read ("31. Februar")
    }
  }

  /** True when an expression is a line of its own: a heading ("1862") that dates the section below it. */
  private static boolean heading(String text, Span expression) {
    int begin = expression.begin();
    int end = expression.end();
    while (begin > 0 && (text.charAt(begin - 1) == ' ' || text.charAt(begin - 1) == '\t')) {
      begin--;
    }
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
      end++;
    }
    return (begin == 0 || text.charAt(begin - 1) == '\n') && (end == text.length() || text.charAt(end) == '\n');
  }

  /** All matches in a region: indexed rules tried at each word start, lookbehind rules scanned. */
  private List<Candidate> find(Matcher[] matchers, Span region, String text) {
    List<Candidate> found = new ArrayList<>();
    int[] nextFree = new int[matchers.length]; // like find(): a rule's matches do not overlap each other
    for (int at = region.begin(); at < region.end(); at++) {
      char c = text.charAt(at);
      if (Character.isWhitespace(c) || (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))) {
        continue;
      }
      for (int i : index.candidates(text, at, region.end())) {
        if (at < nextFree[i]) {
          continue;
        }
        Matcher m = matchers[i].region(at, region.end());
        if (m.lookingAt() && m.end() > m.start()) {
          found.add(candidate(i, m));
          nextFree[i] = m.end();
        }
      }
    }
    for (int i : index.scanRules()) {
      Matcher m = matchers[i].region(region.begin(), region.end());
      while (m.find()) {
        if (m.end() > m.start()) {
          found.add(candidate(i, m));
        }
      }
    }
    return found;
  }

  private Candidate candidate(int i, Matcher m) {
    TimexRule rule = grammar.rules.get(i);
    Map<String, String> groups = new LinkedHashMap<>();
    for (String g : rule.groups()) {
      String v = m.group(g);
      if (v != null) {
        groups.put(g, v);
      }
    }
    return new Candidate(i, rule, m.start(), m.end(), groups);
  }

  private void widen(Candidate c, String text, int regionBegin) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (TimexWrap w : grammar.wraps) {
        if (c.wraps.contains(w) || (!w.types().isEmpty() && !w.types().contains(c.rule.type()))) {
          continue;
        }
        int from = Math.max(regionBegin, c.begin - WRAP_REACH);
        Matcher m = w.before().matcher(text).useTransparentBounds(true).region(from, c.begin);
        if (m.find()) {
          for (String g : w.groups()) {
            if (m.group(g) != null) {
              c.wrapGroups.put(g, m.group(g));
            }
          }
          if (w.widens()) {
            c.begin = m.start();
          }
          c.wraps.add(w);
          changed = true;
        }
      }
    }
  }

  private TimeExpression normalize(Candidate c, String text, Tense tense, Reference ref) {
    TimexRule rule = c.rule;
    ValueSpec spec = ref.narrative() && rule.narrative() != null ? rule.narrative() : rule.value();
    for (TimexWrap w : c.wraps) {
      tense = w.tense() != null ? w.tense() : tense; // "seit Oktober": gone by, whatever the clause says
    }
    Anchor anchor = ref.anchor(rule.anchor(), tense);
    String value = value(spec, c, anchor, tense, ref.narrative());
    if (value == null && spec != rule.value() && !spec.function().equals("none")) {
      spec = rule.value(); // the story's reading cannot be had ("nach zehn Tagen" in a year): the plain one
      value = value(spec, c, anchor, tense, ref.narrative());
    }
    if (value == null) {
      return null;
    }
    String mod = rule.mod() == null ? null : ValueSpec.substitute(rule.mod(), c.groups, grammar.tables);
    StringBuilder id = new StringBuilder(rule.id());
    for (TimexWrap w : c.wraps) {
      id.append('+').append(w.id());
      if (w.mod() != null) {
        mod = w.mod();
      }
      if (w.shift() != 0 && DAY_VALUE.matcher(value).matches()) { // "in der Nacht zum 3. Mai": the night begins on the 2nd
        value = LocalDate.parse(value).plusDays(w.shift()).toString();
      }
      if (w.suffix() != null && DAY_VALUE.matcher(value).matches()) {
        value = value + ValueSpec.substitute(w.suffix(), c.wrapGroups, grammar.tables);
      }
    }
    Span span = new Span(c.begin, c.end);
    return new TimeExpression(span, span.of(text), spec.type(rule.type()), value, mod == null || mod.isEmpty() ? null : mod, id.toString());
  }
}
