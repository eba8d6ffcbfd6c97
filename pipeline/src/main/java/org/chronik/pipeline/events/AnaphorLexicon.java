package org.chronik.pipeline.events;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorType;
import org.chronik.model.io.Tsv;

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
    return parse(Tsv.resource(AnaphorLexicon.class, "/lang/" + iso + "/events/anaphors.tsv"));
  }

  /** Reads rows of word, kind, refers, number (and a note); a malformed row fails naming file and line. */
  static AnaphorLexicon parse(List<Tsv.Row> rows) {
    Map<String, Entry> pronouns = new HashMap<>();
    Map<String, Entry> descriptions = new HashMap<>();
    Set<String> determiners = new HashSet<>();
    for (Tsv.Row row : rows) {
      try {
        if (row.fields().length < 4) {
          throw new IllegalArgumentException("expected word, kind, refers and number");
        }
        String word = row.field(0).toLowerCase(Locale.ROOT);
        Kind kind = Kind.valueOf(row.field(1));
        if (kind == Kind.DETERMINER) {
          determiners.add(word);
          continue;
        }
        Set<ActorType> refers = EnumSet.noneOf(ActorType.class);
        for (String t : row.field(2).split("\\|")) {
          if (!t.strip().equals("-")) {
            refers.add(ActorType.valueOf(t.strip()));
          }
        }
        String number = row.field(3);
        if (!number.equals("sg") && !number.equals("pl")) {
          throw new IllegalArgumentException("number must be sg or pl");
        }
        Entry entry = new Entry(kind, Set.copyOf(refers), number.equals("pl"));
        (kind == Kind.DESCRIPTION || kind == Kind.STATEMENT ? descriptions : pronouns).put(word, entry);
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage() + ": \"" + String.join("\t", row.fields()) + "\"");
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
