package org.chronik.pipeline.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads a cleaning rule file (format in {@code lang/<iso>/clean/README.md}); errors name file and line. */
final class CleaningRules {
  private static final Pattern LINE = Pattern.compile("(?<key>define \\w+|[\\w-]+):\\h?(?<value>.*)");
  private static final Pattern REFERENCE = Pattern.compile("%(\\w+)%");

  private final String name;
  private final Map<String, String> defines = new LinkedHashMap<>();
  private final List<CleaningRule> rules = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private Map<String, List<String>> current;
  private int currentLine;

  private CleaningRules(String name) {
    this.name = name;
  }

  static List<CleaningRule> load(String resource) {
    InputStream in = CleaningRules.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no cleaning rules at " + resource);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(resource, reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }

  static List<CleaningRule> parse(String name, List<String> lines) {
    CleaningRules parser = new CleaningRules(name);
    for (int i = 0; i < lines.size(); i++) {
      parser.line(lines.get(i), i + 1);
    }
    parser.finishRule();
    return List.copyOf(parser.rules);
  }

  private void line(String line, int number) {
    if (line.isBlank() || line.stripLeading().startsWith("#")) {
      return;
    }
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      throw error(number, "expected \"key: value\", got \"" + line + "\"");
    }
    String key = m.group("key");
    String value = m.group("value").strip();
    if (key.startsWith("define ")) {
      defines.put(key.substring(7), value);
    } else if (key.equals("rule")) {
      finishRule();
      current = new LinkedHashMap<>();
      currentLine = number;
      current.put("rule", new ArrayList<>(List.of(value)));
    } else if (current == null) {
      throw error(number, "\"" + key + "\" outside a rule");
    } else if (!Set.of("kind", "pattern", "example", "place", "agency", "counter").contains(key)) {
      throw error(number, "unknown key \"" + key + "\"");
    } else if ((key.equals("place") || key.equals("agency")) && !current.containsKey("example")) {
      throw error(number, "\"" + key + "\" must follow an example");
    } else {
      // place/agency belong to the latest example: keep them aligned by index
      if (key.equals("example")) {
        current.computeIfAbsent("place", k -> new ArrayList<>()).add(null);
        current.computeIfAbsent("agency", k -> new ArrayList<>()).add(null);
      }
      List<String> values = current.computeIfAbsent(key, k -> new ArrayList<>());
      if (key.equals("place") || key.equals("agency")) {
        values.set(values.size() - 1, value);
      } else {
        values.add(value);
      }
    }
  }

  private void finishRule() {
    if (current == null) {
      return;
    }
    String id = current.get("rule").get(0);
    if (!ids.add(id)) {
      throw error(currentLine, "duplicate rule id \"" + id + "\"");
    }
    String kind = single("kind");
    String source = expand(single("pattern"));
    Pattern pattern;
    try {
      pattern = Pattern.compile(source, Pattern.MULTILINE);
    } catch (PatternSyntaxException e) {
      throw error(currentLine, "rule " + id + ": bad pattern: " + e.getDescription());
    }
    if (!source.contains("(?<furniture>")) {
      throw error(currentLine, "rule " + id + ": pattern has no group (?<furniture>…)");
    }
    List<String> texts = current.getOrDefault("example", List.of());
    if (texts.isEmpty()) {
      throw error(currentLine, "rule " + id + " has no example");
    }
    List<CleaningRule.Example> examples = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      examples.add(new CleaningRule.Example(unescape(texts.get(i)), current.get("place").get(i), current.get("agency").get(i)));
    }
    List<String> counters = current.getOrDefault("counter", List.of()).stream().map(CleaningRules::unescape).toList();
    rules.add(new CleaningRule(id, kind, pattern, source.contains("(?<place>"), source.contains("(?<agency>"), examples, counters));
    current = null;
  }

  private String single(String key) {
    List<String> values = current.getOrDefault(key, List.of());
    if (values.size() != 1) {
      throw error(currentLine, "rule " + current.get("rule").get(0) + " needs exactly one \"" + key + "\"");
    }
    return values.get(0);
  }

  /** Replaces %name% with the word list defined under that name. */
  private String expand(String pattern) {
    Matcher m = REFERENCE.matcher(pattern);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = defines.get(m.group(1));
      if (value == null) {
        throw error(currentLine, "undefined list %" + m.group(1) + "%");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement("(?:" + value + ")"));
    }
    return m.appendTail(sb).toString();
  }

  private static String unescape(String example) {
    return example.replace("\\n", "\n");
  }

  private IllegalArgumentException error(int line, String problem) {
    return new IllegalArgumentException(name + ":" + line + ": " + problem);
  }
}
