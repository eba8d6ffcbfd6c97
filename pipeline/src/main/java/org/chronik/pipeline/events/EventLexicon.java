package org.chronik.pipeline.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event patterns of one language, read from {@code lang/<iso>/events/verbs.rules} and {@code
 * nouns.rules} (format in the README beside them). Immutable; indexed by trigger lemma.
 */
public final class EventLexicon {
  /** The file listing the language's rule files, one resource name a line, beside them. */
  static final String INDEX = "rules.list";
  private static final Pattern EXAMPLE =
      Pattern.compile("\\s+example\\s+\"([^\"]+)\"\\s*->\\s*(\\d{2,4})\\s+(\\S+)\\s+(\\S+)(?=\\s|$)");
  private static final Pattern NEAR_MISS = Pattern.compile("\\s+nomatch\\s+\"([^\"]+)\"(?=\\s|$)");
  private static final Pattern TAIL = Pattern.compile("\\s+(?:example|nomatch)\\s+\"");

  private final List<EventRule> rules;
  private final Map<String, List<EventRule>> byLemma;
  /** The language's named word lists, for the classes that read a class of words too ({@link WeaponAgents}). */
  private final WordLists lists;

  private EventLexicon(List<EventRule> rules, WordLists lists) {
    this.rules = List.copyOf(rules);
    this.lists = lists;
    Map<String, List<EventRule>> index = new HashMap<>();
    for (EventRule r : rules) {
      for (String lemma : r.lemmas()) {
        index.computeIfAbsent(key(r.kind(), lemma), k -> new ArrayList<>()).add(r);
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byLemma = Collections.unmodifiableMap(index);
  }

  /** A lexicon of the given rules (tests build small ones). */
  static EventLexicon of(List<EventRule> rules) {
    return new EventLexicon(rules, new WordLists("de"));
  }

  public static EventLexicon forLanguage(String iso, Codebook codebook) {
    List<EventRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    WordLists lists = new WordLists(iso);
    for (String file : files(iso)) {
      String resource = "/lang/" + iso + "/events/" + file;
      try (InputStream in = EventLexicon.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("event lexicon missing: " + resource);
        }
        for (EventRule rule : parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), codebook,
            lists)) {
          if (!ids.add(rule.id())) {
            throw new IllegalArgumentException(rule.origin() + ": duplicate rule id " + rule.id());
          }
          rules.add(rule);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return new EventLexicon(NounFrames.forLanguage(iso).apply(BareTargets.inherit(rules)), lists);
  }

  /** The language's word lists ({@code words/NAME.txt}). */
  WordLists lists() {
    return lists;
  }

  /** The rule files named in {@code lang/<iso>/events/rules.list}. */
  static List<String> files(String iso) {
    String resource = "/lang/" + iso + "/events/" + INDEX;
    try (InputStream in = EventLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("event lexicon index missing: " + resource);
      }
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          out.add(name);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Rules of one file; its {@code @NAME} word lists are German ones (tests). */
  static List<EventRule> parse(String name, BufferedReader reader, Codebook codebook) throws IOException {
    return parse(name, reader, codebook, new WordLists("de"));
  }

  static List<EventRule> parse(String name, BufferedReader reader, Codebook codebook, WordLists lists) throws IOException {
    List<EventRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String where = name + " line " + lineNo;
      try {
        EventRule rule = parseRule(trimmed, where, codebook, lists);
        if (!ids.add(rule.id())) {
          throw new IllegalArgumentException("duplicate rule id " + rule.id());
        }
        rules.add(rule);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage() + ": \"" + trimmed + "\"", e);
      }
    }
    return rules;
  }

  private static EventRule parseRule(String line, String where, Codebook codebook, WordLists lists) {
    Matcher tail = TAIL.matcher(line);
    if (!tail.find()) {
      throw new IllegalArgumentException("missing example \"…\" -> CODE SOURCE TARGET");
    }
    String rest = line.substring(tail.start());
    List<EventRule.Example> examples = new ArrayList<>();
    Matcher ex = EXAMPLE.matcher(rest);
    while (ex.find()) {
      examples.add(new EventRule.Example(ex.group(1), ex.group(2), ex.group(3), ex.group(4)));
    }
    List<String> nearMisses = new ArrayList<>();
    Matcher nm = NEAR_MISS.matcher(rest);
    while (nm.find()) {
      nearMisses.add(nm.group(1));
    }
    String leftover = NEAR_MISS.matcher(EXAMPLE.matcher(rest).replaceAll(" ")).replaceAll(" ").strip();
    if (examples.isEmpty() || !leftover.isEmpty()) {
      throw new IllegalArgumentException(examples.isEmpty() ? "missing example \"…\" -> CODE SOURCE TARGET"
          : "cannot read \"" + leftover + "\" after the examples");
    }
    String[] parts = line.substring(0, tail.start()).trim().split("\\s+");
    String id = parts[0];
    EventRule.Kind kind = null;
    Set<String> lemmas = Set.of();
    Set<String> objects = Set.of();
    Set<String> dependents = Set.of();
    Set<String> unless = Set.of();
    Set<String> nosubj = Set.of();
    Set<String> subj = Set.of();
    Set<String> labels = Set.of();
    boolean reflexive = false;
    boolean mutual = false;
    List<Slot> source = List.of();
    List<Slot> target = List.of();
    String code = null;
    for (String part : Arrays.asList(parts).subList(1, parts.length)) {
      int eq = part.indexOf('=');
      String key = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      switch (key) {
        case "verb" -> { kind = EventRule.Kind.VERB; lemmas = alternatives(value, lists); }
        case "noun" -> { kind = EventRule.Kind.NOUN; lemmas = alternatives(value, lists); }
        case "obj" -> objects = alternatives(value, lists);
        case "dep" -> dependents = alternatives(value, lists);
        case "unless" -> unless = alternatives(value, lists);
        case "nosubj" -> nosubj = alternatives(value, lists);
        case "subj" -> subj = alternatives(value, lists);
        case "label" -> labels = alternatives(value, lists);
        case "src" -> source = slots(value);
        case "tgt" -> target = slots(value);
        case "code" -> code = value;
        case "reflexive" -> reflexive = true;
        case "mutual" -> mutual = true;
        default -> throw new IllegalArgumentException("unknown field \"" + key + "\"");
      }
    }
    if (kind == null || lemmas.isEmpty()) {
      throw new IllegalArgumentException("needs verb=… or noun=…");
    }
    if (code == null || !codebook.contains(code)) {
      throw new IllegalArgumentException("unknown or missing CAMEO code " + code);
    }
    if (source.isEmpty() || target.isEmpty()) {
      throw new IllegalArgumentException("needs src=… and tgt=…");
    }
    for (EventRule.Example example : examples) {
      if (!codebook.contains(example.code())) {
        throw new IllegalArgumentException("example names unknown code " + example.code());
      }
    }
    return new EventRule(id, kind, lemmas, objects, dependents, unless, nosubj, subj, labels, reflexive, mutual, source, target, code,
        examples, nearMisses, where);
  }

  private static Set<String> alternatives(String value) {
    return alternatives(value, null);
  }

  /** The words of a condition; {@code @NAME} stands for the words of a list ({@link WordLists}). */
  private static Set<String> alternatives(String value, WordLists lists) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : value.split("\\|")) {
      if (lists != null && v.strip().startsWith(WordLists.MARK)) {
        out.addAll(lists.words(v.strip().substring(WordLists.MARK.length())));
      } else if (!v.isBlank()) {
        out.add(v.strip().toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }

  private static List<Slot> slots(String value) {
    List<Slot> out = new ArrayList<>();
    for (String v : value.split(",")) {
      out.add(Slot.parse(v));
    }
    return List.copyOf(out);
  }

  static String key(EventRule.Kind kind, String lemma) {
    return kind + ":" + lemma.toLowerCase(Locale.ROOT);
  }

  public List<EventRule> rules() {
    return rules;
  }

  /** Rules whose trigger is this lemma, for a verb or a noun. */
  public List<EventRule> rulesFor(EventRule.Kind kind, String lemma) {
    return byLemma.getOrDefault(key(kind, lemma), List.of());
  }
}
