package org.chronik.pipeline.timex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.chronik.model.io.Tsv;

/**
 * The rules of one language, read from {@code lang/<iso>/timex/}: {@code patterns.txt} (named
 * patterns), {@code rules.txt} (rules and wraps) and the tables they name ({@code tables/<name>.tsv}).
 * The format is described in the README of that folder.
 */
final class TimexGrammar {
  private static final Pattern MACRO = Pattern.compile("%([A-Z][A-Z0-9_]*)");
  private static final Pattern TABLE_REF = Pattern.compile("@([a-z][a-z_]*)|\\|([a-z][a-z_]*)}");
  private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  /** Matches never start or end inside a word or number. */
  static final String LEFT = "(?<![\\p{L}\\p{N}])(?<![0-9][.,])";
  static final String RIGHT = "(?![\\p{L}\\p{N}])";

  final List<TimexRule> rules;
  final List<TimexWrap> wraps;
  final TimexTables tables;

  private TimexGrammar(List<TimexRule> rules, List<TimexWrap> wraps, TimexTables tables) {
    this.rules = List.copyOf(rules);
    this.wraps = List.copyOf(wraps);
    this.tables = tables;
  }

  static TimexGrammar load(String language) {
    String dir = "lang/" + language + "/timex/";
    List<String> patternLines = read(dir + "patterns.txt");
    List<String> ruleLines = read(dir + "rules.txt");
    Map<String, Map<String, String>> raw = new LinkedHashMap<>();
    for (String line : concat(patternLines, ruleLines)) {
      if (line.strip().startsWith("#") || line.strip().startsWith("example") || line.strip().startsWith("nomatch")) {
        continue;
      }
      Matcher m = TABLE_REF.matcher(line);
      while (m.find()) {
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        raw.computeIfAbsent(name, n -> readTable(dir + "tables/" + n + ".tsv"));
      }
    }
    TimexTables tables = new TimexTables(raw);
    Map<String, String> macros = new LinkedHashMap<>();
    for (int i = 0; i < patternLines.size(); i++) {
      String line = patternLines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf(" = ");
      if (eq < 0) {
        throw new IllegalArgumentException(dir + "patterns.txt:" + (i + 1) + ": expected NAME = regex");
      }
      macros.put(line.substring(0, eq).strip(), expand(line.substring(eq + 3).strip(), macros, tables));
    }
    return parseRules(dir + "rules.txt", ruleLines, macros, tables);
  }

  private static TimexGrammar parseRules(String file, List<String> lines, Map<String, String> macros, TimexTables tables) {
    List<TimexRule> rules = new ArrayList<>();
    List<TimexWrap> wraps = new ArrayList<>();
    RuleBlock block = null;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).strip() : "";
      boolean header = line.startsWith("rule ") || line.startsWith("wrap ");
      if ((header || i == lines.size()) && block != null) {
        try {
          block.build(macros, tables, rules, wraps);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ":" + block.line + ": " + block.kind + " " + block.id + ": " + e.getMessage(), e);
        }
        block = null;
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] kv = line.split("\\s+", 2);
      if (header) {
        block = new RuleBlock(kv[0], kv.length > 1 ? kv[1].strip() : "", i + 1);
      } else if (block == null) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": field outside a rule: " + line);
      } else {
        block.add(kv[0], kv.length > 1 ? kv[1].strip() : "", file, i + 1);
      }
    }
    return new TimexGrammar(rules, wraps, tables);
  }

  static Pattern compile(String regex) {
    try {
      return Pattern.compile(regex, Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("bad pattern: " + e.getDescription() + " in " + regex);
    }
  }

  static String expand(String regex, Map<String, String> macros, TimexTables tables) {
    Matcher m = MACRO.matcher(regex);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String body = macros.get(m.group(1));
      if (body == null) {
        throw new IllegalArgumentException("unknown pattern %" + m.group(1));
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(body));
    }
    m.appendTail(sb);
    Matcher t = Pattern.compile("@([a-z][a-z_]*)").matcher(sb.toString());
    StringBuilder out = new StringBuilder();
    while (t.find()) {
      t.appendReplacement(out, Matcher.quoteReplacement(tables.alternation(t.group(1))));
    }
    t.appendTail(out);
    return out.toString();
  }

  static List<String> groups(String regex) {
    List<String> names = new ArrayList<>();
    Matcher m = GROUP.matcher(regex);
    while (m.find()) {
      if (!names.contains(m.group(1))) {
        names.add(m.group(1));
      }
    }
    return List.copyOf(names);
  }

  private static Map<String, String> readTable(String path) {
    Map<String, String> table = new LinkedHashMap<>();
    for (Tsv.Row row : Tsv.columns(Tsv.resource(path), 2)) {
      table.put(row.field(0), row.field(1));
    }
    return table;
  }

  private static List<String> read(String path) {
    InputStream in = TimexGrammar.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalArgumentException("missing resource " + path);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
