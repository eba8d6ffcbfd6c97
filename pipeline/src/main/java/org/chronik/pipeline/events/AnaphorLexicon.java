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
  enum Kind { PRONOUN, DEMONSTRATIVE, IMPERSONAL, DESCRIPTION, STATEMENT, DETERMINER, POSSESSIVE, ARTICLE, RESPONSE, REPLY, CONTRAST, LIKENESS, COLLECTIVE, ROLE }

  /**
   * What a word may refer to. {@code agreement}: for a POSSESSIVE or a gendered PRONOUN ("ihr"), the
   * alternative sets of tag features the antecedent's head word (or its article) must carry ("SIN" and "MAS"); for an ARTICLE,
   * the features its form may stand for, read when the tagger left its tag empty; else empty.
   */
  record Entry(Kind kind, Set<ActorType> refers, boolean plural, List<Set<String>> agreement) {
    Entry(Kind kind, Set<ActorType> refers, boolean plural) {
      this(kind, refers, plural, List.of());
    }
  }

  static final AnaphorLexicon NONE = new AnaphorLexicon(Map.of(), Map.of(), Set.of(), Map.of(), Set.of(), Set.of(), Map.of());

  private final Map<String, Entry> pronouns;
  private final Map<String, Entry> descriptions;
  private final Set<String> determiners;
  /** Words read for agreement: possessive determiners, article forms, collective nouns (by kind). */
  private final Map<String, Entry> agreementWords;
  /** Verbs (lemmas) of an answer to what was said or done before ("entgegnen", "zurückweisen"). */
  private final Set<String> responses;
  /** Verbs (lemmas) of an answer to words said before ("entgegnen"); each is a response too. */
  private final Set<String> replies;
  /** Adverbs of a statement that sets itself against, or beside, what was said before ("hingegen", "ebenso"). */
  private final Map<String, Kind> adverbs;

  private AnaphorLexicon(Map<String, Entry> pronouns, Map<String, Entry> descriptions, Set<String> determiners,
      Map<String, Entry> agreementWords, Set<String> responses, Set<String> replies, Map<String, Kind> adverbs) {
    this.pronouns = Map.copyOf(pronouns);
    this.descriptions = Map.copyOf(descriptions);
    this.determiners = Set.copyOf(determiners);
    this.agreementWords = Map.copyOf(agreementWords);
    this.responses = Set.copyOf(responses);
    this.replies = Set.copyOf(replies);
    this.adverbs = Map.copyOf(adverbs);
  }

  static AnaphorLexicon forLanguage(String iso) {
    return parse(Tsv.resource(AnaphorLexicon.class, "/lang/" + iso + "/events/anaphors.tsv"));
  }

  /** Reads rows of word, kind, refers, number (and a note); a malformed row fails naming file and line. */
  static AnaphorLexicon parse(List<Tsv.Row> rows) {
    Map<String, Entry> pronouns = new HashMap<>();
    Map<String, Entry> descriptions = new HashMap<>();
    Set<String> determiners = new HashSet<>();
    Map<String, Entry> agreementWords = new HashMap<>();
    Set<String> responses = new HashSet<>();
    Set<String> replies = new HashSet<>();
    Map<String, Kind> adverbs = new HashMap<>();
    for (Tsv.Row row : rows) {
      try {
        if (row.fields().length < 4) {
          throw new IllegalArgumentException("expected word, kind, refers and number");
        }
        String word = row.field(0).toLowerCase(Locale.ROOT);
        Kind kind = Kind.valueOf(row.field(1));
        if (kind == Kind.CONTRAST || kind == Kind.LIKENESS) {
          adverbs.put(word, kind);
          continue;
        }
        if (kind == Kind.DETERMINER || kind == Kind.RESPONSE || kind == Kind.REPLY) {
          (kind == Kind.DETERMINER ? determiners : responses).add(word);
          if (kind == Kind.REPLY) {
            replies.add(word);
          }
          continue;
        }
        Set<ActorType> refers = EnumSet.noneOf(ActorType.class);
        for (String t : row.field(2).split("\\|")) {
          if (!t.strip().equals("-")) {
            refers.add(ActorType.valueOf(t.strip()));
          }
        }
        String number = row.field(3);
        if (kind == Kind.COLLECTIVE || kind == Kind.ROLE) {
          agreementWords.put(word, new Entry(kind, Set.of(), kind == Kind.COLLECTIVE));
          continue;
        }
        if (kind == Kind.POSSESSIVE || kind == Kind.ARTICLE) {
          agreementWords.put(word, new Entry(kind, Set.copyOf(refers), false, agreement(number)));
          continue;
        }
        if (kind == Kind.PRONOUN && number.matches("[A-Z]+([+|][A-Z]+)*")) {
          // a gendered form ("ihr", dative feminine singular): the antecedent's features, as a possessive's
          pronouns.put(word, new Entry(kind, Set.copyOf(refers), false, agreement(number)));
          continue;
        }
        if (!number.equals("sg") && !number.equals("pl")) {
          throw new IllegalArgumentException("number must be sg or pl");
        }
        Entry entry = new Entry(kind, Set.copyOf(refers), number.equals("pl"));
        (kind == Kind.DESCRIPTION || kind == Kind.STATEMENT ? descriptions : pronouns).put(word, entry);
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage() + ": \"" + String.join("\t", row.fields()) + "\"");
      }
    }
    return new AnaphorLexicon(pronouns, descriptions, determiners, agreementWords, responses, replies, adverbs);
  }

  /** "SIN+MAS|SIN+NEU": alternatives of features that must all be present. */
  private static List<Set<String>> agreement(String field) {
    List<Set<String>> out = new java.util.ArrayList<>();
    for (String alternative : field.split("\\|")) {
      if (alternative.isBlank() || alternative.strip().equals("-")) {
        throw new IllegalArgumentException("a POSSESSIVE or gendered PRONOUN needs the antecedent's features, e.g. SIN+MAS|SIN+NEU");
      }
      out.add(Set.of(alternative.strip().split("\\+")));
    }
    return List.copyOf(out);
  }

  /** The entry of a possessive determiner, by its lowercased form; null for other words. */
  Entry possessive(String word) {
    Entry e = word == null ? null : agreementWords.get(word.toLowerCase(Locale.ROOT));
    return e != null && e.kind() == Kind.POSSESSIVE ? e : null;
  }

  /** The entry of an article form, for its features; null for other words. */
  Entry article(String word) {
    Entry e = word == null ? null : agreementWords.get(word.toLowerCase(Locale.ROOT));
    return e != null && e.kind() == Kind.ARTICLE ? e : null;
  }

  /**
   * Whether a noun (lemma) names a body of many people ("Regierung"), itself or as the last part of a
   * compound ("US-Regierung", "Bundesregierung"): a plural pronoun may re-mention it (CollectiveAntecedent).
   */
  boolean collective(String lemma) {
    return ends(lemma, Kind.COLLECTIVE);
  }

  /**
   * Whether a noun (lemma) names one person by a role ("Attentäter"), itself or as the last part of a
   * compound ("Selbstmordattentäter"): a singular personal pronoun may re-mention it (RoleAntecedent).
   */
  boolean role(String lemma) {
    return ends(lemma, Kind.ROLE);
  }

  private boolean ends(String lemma, Kind kind) {
    if (lemma == null) {
      return false;
    }
    String w = lemma.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Entry> e : agreementWords.entrySet()) {
      if (e.getValue().kind() == kind && w.endsWith(e.getKey())) {
        return true;
      }
    }
    return false;
  }

  /** The entry of a pronoun or demonstrative, by its form; null for other words. */
  Entry pronoun(String word) {
    return word == null ? null : pronouns.get(word.toLowerCase(Locale.ROOT));
  }

  /** The entry of a description noun, by its lemma; null for other nouns. */
  Entry description(String lemma) {
    return lemma == null ? null : descriptions.get(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether a verb (lemma, with its particle) answers what was said or done before. */
  boolean response(String lemma) {
    return lemma != null && responses.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether a verb (lemma, with its particle) answers words said before: a REPLY. */
  boolean reply(String lemma) {
    return lemma != null && replies.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** The kind of a statement adverb (CONTRAST: "hingegen"; LIKENESS: "ebenso"), by its lowercased word; null for other words. */
  Kind adverb(String word) {
    return word == null ? null : adverbs.get(word.toLowerCase(Locale.ROOT));
  }

  boolean determiner(String lemma) {
    return lemma != null && determiners.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
