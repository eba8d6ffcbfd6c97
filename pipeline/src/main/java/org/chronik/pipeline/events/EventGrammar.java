package org.chronik.pipeline.events;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.io.Tsv;

/**
 * The function words and endings of a language that the event coder's structural rules need (agent
 * prepositions, passive auxiliaries, reflexive pronouns, …), from {@code lang/<iso>/events/grammar.tsv}.
 * Immutable; one per language.
 */
final class EventGrammar {
  enum Kind {
    AGENT, GENITIVE, PHRASE, COMPLEMENT, OCCASION, SUPPORT, INFINITIVE, PURPOSE, PASSIVE_AUX, STATIVE_AUX, PERFECT_AUX, REFLEXIVE,
    REFLEXIVE_TAG, INFINITIVE_TAG, ENDING, NAMING_DATE, NEGATIVE_DETERMINER, COMPLEMENTIZER, SHARE, COMPARISON, TOPIC, COUNTERPART,
    FRAME, PRIVATE_BODY, SPORTS_MATCH, BACKING, OWN_SENSE, PARTICIPLE_TAG, REBUTTED, CHANNEL, CHANNEL_PREPOSITION, FINITE_TAG, AIM, AIM_CASE, PLURAL_FEATURE,
    CLAUSE_PREPOSITION, DERIVATION, PARTY, GOVERNMENT, FOREIGN, SEQUEL, OFFSET_UNIT, ORIGIN, ORIGIN_PREPOSITION,
    TERRITORY, DATIVE_FORM, UNINFLECTED_CLASH, GIVEN_NAME_FEATURE, ARTICLE_CLASH, RELATIVE_SUBJECT,
    TERRITORY_CASE,
    VICINITY,
    STATIVE_PASSIVE,
    COURT_VERB,
    COURT_CASE,
    LOCAL_BODY,
    GATHERING,
    CROWD_COUNT,
    COUNT_CASE,
    GATHERING_CASE,
    VOTE,
    CONTEST_CASE,
    CONTESTED,
    PLACE_RELATIVE,
    SCENELESS,
    CLAIM,
    VICTIM,
    REPORTED_DEMAND,
    UNREST,
    UNREST_PARTY,
    BETWEEN,
    EXAMPLE,
    TRAILING_AGENT,
    OCCURRENCE,
    EXPLETIVE,
    PLURAL_ENDING,
    LABEL_CASE,
    LABEL_FRAME,
    LABEL_ARTICLE,
    NAMING,
    SUBJUNCTIVE_FEATURE,
    POSITION,
    TOLD_DEED,
    SPEAKER_SECTOR,
    WITNESSED,
    SPEAKING_PHRASE,
    ANSWER,
    PAST_PARTICIPLE_TAG,
    LIGHT_INTENT,
    LIGHT_END,
    LIGHT_PHRASE,
    LIGHT_MEASURE,
    DISPUTE,
    DISPUTE_PARTY,
    RESTATING,
    BORDER,
    PREDICATE_TAG,
    COPULA,
    REFERRING,
    ADDED_SIDE
  }

  /** Kinds whose words are the lexicon's tags, kept as written. */
  private static final Set<Kind> TAGS = Set.of(Kind.REFLEXIVE_TAG, Kind.INFINITIVE_TAG, Kind.PARTICIPLE_TAG, Kind.FINITE_TAG, Kind.PLURAL_FEATURE,
      Kind.UNINFLECTED_CLASH, Kind.GIVEN_NAME_FEATURE, Kind.SUBJUNCTIVE_FEATURE, Kind.ARTICLE_CLASH, Kind.RELATIVE_SUBJECT,
      Kind.PAST_PARTICIPLE_TAG, Kind.PREDICATE_TAG);

  private final Map<Kind, Set<String>> words;
  private final List<String> endings;

  private EventGrammar(Map<Kind, Set<String>> words) {
    Map<Kind, Set<String>> copy = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      copy.put(k, Set.copyOf(words.getOrDefault(k, Set.of())));
    }
    this.words = copy;
    this.endings = List.copyOf(words.getOrDefault(Kind.ENDING, Set.of()));
  }

  static EventGrammar forLanguage(String iso) {
    String resource = "/lang/" + iso + "/events/grammar.tsv";
    Map<Kind, Set<String>> words = new EnumMap<>(Kind.class);
    for (Tsv.Row row : Tsv.resource(EventGrammar.class, resource)) {
      Kind kind;
      try {
        kind = Kind.valueOf(row.field(0));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(row.where() + ": unknown kind \"" + row.fields()[0] + "\"", e);
      }
      if (row.field(1).isEmpty()) {
        throw row.error("a word is missing: \"" + String.join("\t", row.fields()) + "\"");
      }
      String word = row.field(1).equals("-") ? "" : row.field(1);
      words.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(TAGS.contains(kind) ? word : word.toLowerCase(Locale.ROOT));
    }
    return new EventGrammar(words);
  }

  /** Whether the word is one of the kind's; case does not count ("Von" opening a sentence is "von"), except for tags. */
  boolean is(Kind kind, String word) {
    return word != null && words.get(kind).contains(TAGS.contains(kind) ? word : word.toLowerCase(Locale.ROOT));
  }

  /**
   * True when {@code word} is a word of the kind, or a compound ending in one listed with a leading
   * "-" ("-unternehmen": "Transportunternehmen").
   */
  boolean isOrEndsIn(Kind kind, String word) {
    if (word == null) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT);
    return words.get(kind).stream().anyMatch(x -> x.startsWith("-") ? w.endsWith(x.substring(1)) : w.equals(x));
  }

  /**
   * A compound with a sense of its own ({@code OWN_SENSE}: "Wahlkampf" is no fight): it never counts as
   * its head word, in the lemma or in an inflected form ("Wahlkampfes").
   */
  boolean ownSense(String lemma, String word) {
    for (String w : words.get(Kind.OWN_SENSE)) {
      if (lemma != null && lemma.toLowerCase(Locale.ROOT).equals(w) || word != null && inflected(word.toLowerCase(Locale.ROOT), w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code head} matches the end of {@code word} only inside a derivational ending that is
   * longer than it ({@code DERIVATION}: "Botschaft", "Gemeinschaft" end in "-schaft", not in the
   * compound head "Haft"): then the word is no compound of that head.
   */
  boolean derivedNotCompound(String word, String head) {
    if (word == null) {
      return false;
    }
    String w = word.toLowerCase(Locale.ROOT);
    String h = head.toLowerCase(Locale.ROOT);
    for (String suffix : words.get(Kind.DERIVATION)) {
      if (suffix.length() > h.length() && suffix.endsWith(h) && endsWithInflected(w, suffix)) {
        return true;
      }
    }
    return false;
  }

  Set<String> all(Kind kind) {
    return words.get(kind);
  }

  /** True when {@code form} is {@code base} plus one of the language's inflectional endings. */
  boolean inflected(String form, String base) {
    return form.startsWith(base) && endings.contains(form.substring(base.length()));
  }

  /** True when {@code form} ends in {@code base} plus an ending (a compound: "Wirtschaftssanktionen"). */
  boolean endsWithInflected(String form, String base) {
    for (String ending : endings) {
      if (form.endsWith(base + ending)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the tag's features is a {@code PLURAL_FEATURE} ("PLU" in "SUB:NOM:PLU:FEM"). */
  boolean pluralTag(String tag) {
    return tagFeatures(tag).stream().anyMatch(words.get(Kind.PLURAL_FEATURE)::contains);
  }

  /** The features of a lexicon tag, its ':'-separated parts ("SUB:NOM:PLU:FEM"); empty for none. */
  Set<String> tagFeatures(String tag) {
    return tag == null || tag.isEmpty() ? Set.of() : new java.util.HashSet<>(java.util.Arrays.asList(tag.split(":")));
  }

  /** A reflexive pronoun, by the lexicon's tag or the word. */
  boolean reflexive(String tag, String word, String upos) {
    return reflexiveTag(tag) || upos.equals("PRON") && words.get(Kind.REFLEXIVE).contains(word);
  }

  /** Whether the tag is one of the kind's tags, or starts with one that holds a ':' ("VER:EIZ" for "VER:EIZ:SFT"). */
  boolean isTag(Kind kind, String tag) {
    for (String t : words.get(kind)) {
      if (tag.equals(t) || t.contains(":") && tag.startsWith(t + ":")) {
        return true;
      }
    }
    return false;
  }

  /** A reflexive pronoun's tag: a {@code REFLEXIVE_TAG} row, or one's prefix when the row holds a ':' ("PRO:REF"). */
  boolean reflexiveTag(String tag) {
    for (String t : words.get(Kind.REFLEXIVE_TAG)) {
      if (tag.equals(t) || t.contains(":") && tag.startsWith(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence tells a sports match (a SPORTS_MATCH word or a word ending in one). */
  boolean sportsMatch(SentenceView s) {
    for (int i = 0; i < s.size(); i++) {
      if (isOrEndsIn(Kind.SPORTS_MATCH, s.word(i)) || isOrEndsIn(Kind.SPORTS_MATCH, s.lemma(i))) {
        return true;
      }
    }
    return false;
  }
}
