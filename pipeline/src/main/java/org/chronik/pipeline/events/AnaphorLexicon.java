package org.chronik.pipeline.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorType;

/**
 * The words of a language that stand for an actor named before them (pronouns, demonstratives,
 * definite descriptions such as "die Organisation"), from {@code lang/<iso>/events/anaphors.tsv}.
 * Immutable; one per language.
 */
final class AnaphorLexicon {
  enum Kind { PRONOUN, DEMONSTRATIVE, IMPERSONAL, DESCRIPTION, STATEMENT, DETERMINER }

  /** What a word may refer to. */
  record Entry(Kind kind, Set<ActorType> refers, boolean plural) {}

  static final AnaphorLexicon NONE = new AnaphorLexicon(Map.of(), Map.of(), Set.of());

  private final Map<String, Entry> pronouns;
  private final Map<String, Entry> descriptions;
  private final Set<String> determiners;

  private AnaphorLexicon(Map<String, Entry> pronouns, Map<String, Entry> descriptions, Set<String> determiners) {
    this.pronouns = Map.copyOf(pronouns);
    this.descriptions = Map.copyOf(descriptions);
    this.determiners = Set.copyOf(determiners);
  }

  static AnaphorLexicon forLanguage(String iso) {
    String resource = "/lang/" + iso + "/events/anaphors.tsv";
    try (InputStream in = AnaphorLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("anaphors missing: " + resource);
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static AnaphorLexicon parse(String name, String content) {
    Map<String, Entry> pronouns = new HashMap<>();
    Map<String, Entry> descriptions = new HashMap<>();
    Set<String> determiners = new HashSet<>();
    String[] lines = content.split("\n");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        if (f.length < 4) {
          throw new IllegalArgumentException("expected word, kind, refers and number");
        }
        String word = f[0].strip().toLowerCase(Locale.ROOT);
        Kind kind = Kind.valueOf(f[1].strip());
        if (kind == Kind.DETERMINER) {
          determiners.add(word);
          continue;
        }
        Set<ActorType> refers = EnumSet.noneOf(ActorType.class);
        for (String t : f[2].strip().split("\\|")) {
          if (!t.strip().equals("-")) {
            refers.add(ActorType.valueOf(t.strip()));
          }
        }
        String number = f[3].strip();
        if (!number.equals("sg") && !number.equals("pl")) {
          throw new IllegalArgumentException("number must be sg or pl");
        }
        Entry entry = new Entry(kind, Set.copyOf(refers), number.equals("pl"));
        (kind == Kind.DESCRIPTION || kind == Kind.STATEMENT ? descriptions : pronouns).put(word, entry);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + " line " + (n + 1) + ": " + e.getMessage() + ": \"" + line + "\"", e);
      }
    }
    return new AnaphorLexicon(pronouns, descriptions, determiners);
  }

  /** The entry of a pronoun or demonstrative, by its form; null for other words. */
  Entry pronoun(String word) {
    return word == null ? null : pronouns.get(word.toLowerCase(Locale.ROOT));
  }

  /** The entry of a description noun, by its lemma; null for other nouns. */
  Entry description(String lemma) {
    return lemma == null ? null : descriptions.get(lemma.toLowerCase(Locale.ROOT));
  }

  boolean determiner(String lemma) {
    return lemma != null && determiners.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
