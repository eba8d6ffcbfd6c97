package org.chronik.pipeline.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.io.Tsv;
import org.chronik.pipeline.lemma.GermanLexicon;

/**
 * Finite verbs the tagger read as adjectives or nouns ("Also befahl/ADJ der Minister die Räumung",
 * "Später versammelten/ADJ sich Tausende"), told from the word forms of the full-form lexicon and the
 * tags of the words around them, before or after the parse. The word classes and words are data
 * ({@code lang/<iso>/parse/verbs.tsv}):
 * <ul>
 *   <li>a form written in lower case, tagged as one of {@code TAG}, whose every reading is a {@code
 *       FINITE} (or {@code IMPERATIVE}) verb form is a verb ("befahl", "verstoße");
 *   <li>a form that is also an {@code INFINITIVE} ("lehnen", "einschüchtern") never: it may as well
 *       be the infinitive of a verb cluster ("einschüchtern lässt"), and its bare-plural clauses are
 *       as often rules of thumb as acts;
 *   <li>a form that is also an inflected {@code PARTICIPLE} ("versammelten", "registrierte") only
 *       before an {@code OPENER} ("sich", an article, a personal pronoun) and not after a word tagged
 *       {@code ATTRIBUTE_AFTER} ("die versammelten Gäste"), or right after the
 *       noun phrase that opens a sentence without another verb ({@link VerbAfterSubject}: "Die Behörden
 *       belangten zwei Journalisten"), or closing a verbless subordinate clause ({@link
 *       VerbClosingClause}: "…, an denen sich Hunderte beteiligten.");
 *   <li>a form with any other reading (an adjective or noun of its own, an uninflected participle:
 *       "schlicht", "vermehrt") never;
 *   <li>never after the {@code INFINITIVE_MARK} ("zu lesen"), beside a {@code TRUNCATION} hyphen
 *       ("tage- und wochenlang") or between two {@code PUNCT} tokens ("( red , 4.8. )").
 * </ul>
 * Immutable and thread-safe.
 */
public final class MistaggedVerbs {
  private final GermanLexicon lexicon;
  private final Map<String, List<String>> words;
  private final CapitalisedParticiples capitalised;
  private final AuxiliaryHeads auxiliaries;
  private final VerbAfterSubject afterSubject;
  private final VerbClosingClause closing;
  private final Postpositions postpositions;

  private MistaggedVerbs(GermanLexicon lexicon, Map<String, List<String>> words, CapitalisedParticiples capitalised,
      AuxiliaryHeads auxiliaries, VerbAfterSubject afterSubject, VerbClosingClause closing) {
    this.postpositions = Postpositions.of(words);
    this.auxiliaries = auxiliaries;
    this.afterSubject = afterSubject;
    this.closing = closing;
    this.lexicon = lexicon;
    this.words = words;
    this.capitalised = capitalised;
  }

  /** Past participles written with a capital ("wurde Überwacht"; {@link CapitalisedParticiples}). */
  CapitalisedParticiples capitalised() {
    return capitalised;
  }

  /** Passive and perfect participles tagged as predicative adjectives ("wurde gefasst"; {@link AdjectivalParticiples}). */
  AdjectivalParticiples adjectival() {
    return AdjectivalParticiples.of("verbs.tsv", words, lexicon);
  }

  /** Auxiliaries the parser made heads of their participles' clauses ({@link AuxiliaryHeads}). */
  AuxiliaryHeads auxiliaries() {
    return auxiliaries;
  }

  /** Postpositions the parser hung on the noun after them ({@link Postpositions}). */
  Postpositions postpositions() {
    return postpositions;
  }

  /** Objects of zu-infinitives the parser labelled their subjects ({@link InfinitiveObjects}). */
  InfinitiveObjects infinitiveObjects(ClauseArguments arguments) {
    return InfinitiveObjects.of(words, arguments);
  }

  /** The forms and word classes of {@code lang/<iso>/parse/verbs.tsv} (kind, value, note). */
  public static MistaggedVerbs forLanguage(String iso, GermanLexicon lexicon) {
    String path = "lang/" + iso + "/parse/verbs.tsv";
    Map<String, List<String>> words = new HashMap<>();
    for (Tsv.Row row : Tsv.resource(path)) {
      if (row.fields().length < 2 || row.field(1).isBlank()) {
        throw row.error("expected kind and value");
      }
      words.computeIfAbsent(row.field(0), k -> new ArrayList<>()).add(row.field(1));
    }
    for (String kind : List.of("TAG", "FINITE", "IMPERATIVE", "INFINITIVE", "PARTICIPLE", "OPENER", "ATTRIBUTE_AFTER",
        "INFINITIVE_MARK", "TRUNCATION", "PUNCT", "NOMINATIVE", "ACCUSATIVE", "DATIVE", "GENITIVE", "SINGULAR", "PLURAL",
        "REFLEXIVE")) {
      if (!words.containsKey(kind)) {
        throw new IllegalStateException(path + " has no " + kind + " row");
      }
    }
    words.replaceAll((k, v) -> List.copyOf(v));
    Map<String, List<String>> read = Map.copyOf(words);
    return new MistaggedVerbs(lexicon, read, CapitalisedParticiples.of(path, read, lexicon), AuxiliaryHeads.of(path, read, lexicon),
        VerbAfterSubject.of(path, read, lexicon), VerbClosingClause.of(path, read));
  }

  /** The lexicon's tag features of case, number and word class the same file names ({@link LexiconTags}). */
  LexiconTags tags() {
    Map<String, List<String>> classes = new HashMap<>();
    words.forEach((kind, values) -> {
      if (kind.startsWith(LexiconTags.READ)) {
        classes.put(kind.substring(LexiconTags.READ.length()), values);
      }
    });
    return new LexiconTags(new LexiconTags.Cases(one("NOMINATIVE"), one("ACCUSATIVE"), one("DATIVE"), one("GENITIVE")),
        one("SINGULAR"), one("PLURAL"), one("REFLEXIVE"), Map.copyOf(classes));
  }

  private String one(String kind) {
    return words.get(kind).get(0);
  }

  /** The indexes of the tokens (texts and UPOS tags of one sentence) that are finite verbs the tagger misread. */
  public Set<Integer> find(List<String> texts, List<String> tags) {
    Set<Integer> found = new HashSet<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (!in("TAG", tags.get(i)) || text.isEmpty() || !Character.isLowerCase(text.charAt(0)) || !outsideCompound(texts, tags, i)) {
        continue;
      }
      Kind kind = kind(readings(text));
      boolean verb = switch (kind) {
        case FINITE -> true;
        case PARTICIPLE -> (i == 0 || !in("ATTRIBUTE_AFTER", tags.get(i - 1)))
            && (i + 1 < texts.size() && in("OPENER", texts.get(i + 1)) || afterSubject.at(texts, tags, i) || closing.at(texts, tags, i));
        case NONE -> false;
      };
      if (verb) {
        found.add(i);
      }
    }
    return found;
  }

  /** The finite reading to give a misread verb form: an indicative before a subjunctive, the third person before others (news tells of others). */
  public GermanLexicon.Reading finiteReading(String text) {
    GermanLexicon.Reading best = null;
    int bestRank = Integer.MAX_VALUE;
    for (GermanLexicon.Reading r : readings(text)) {
      if (finite(r.tag())) {
        int rank = (r.tag().contains(":KJ") ? 2 : 0) + (r.tag().contains(":3:") ? 0 : 1);
        if (rank < bestRank) {
          best = r;
          bestRank = rank;
        }
      }
    }
    return best;
  }

  /** True when the form may be finite (a reading with person). */
  boolean finite(String tag) {
    return words.get("FINITE").stream().anyMatch(tag::startsWith);
  }

  private List<GermanLexicon.Reading> readings(String text) {
    return lexicon.readings(text);
  }

  private enum Kind { FINITE, PARTICIPLE, NONE }

  private Kind kind(List<GermanLexicon.Reading> readings) {
    boolean finite = false;
    boolean infinitive = false;
    boolean participle = false;
    for (GermanLexicon.Reading r : readings) {
      String tag = r.tag();
      if (finite(tag)) {
        finite = true;
      } else if (startsWithAny("INFINITIVE", tag)) {
        infinitive = true;
      } else if (startsWithAny("PARTICIPLE", tag)) {
        participle = true;
      } else if (!startsWithAny("IMPERATIVE", tag)) {
        return Kind.NONE;
      }
    }
    if (!finite || infinitive) {
      return Kind.NONE;
    }
    return participle ? Kind.PARTICIPLE : Kind.FINITE;
  }

  /** Not beside a hyphen, and not with punctuation (or the sentence's edge) on both sides. */
  private boolean outsideCompound(List<String> texts, List<String> tags, int i) {
    boolean before = i > 0 && in("TRUNCATION", texts.get(i - 1));
    boolean after = i + 1 < texts.size() && in("TRUNCATION", texts.get(i + 1));
    boolean punctBefore = i == 0 || in("PUNCT", tags.get(i - 1));
    boolean punctAfter = i + 1 == texts.size() || in("PUNCT", tags.get(i + 1));
    boolean infinitive = i > 0 && in("INFINITIVE_MARK", texts.get(i - 1).toLowerCase(Locale.ROOT));
    return !before && !after && !(punctBefore && punctAfter) && !infinitive;
  }

  private boolean startsWithAny(String kind, String tag) {
    return words.get(kind).stream().anyMatch(tag::startsWith);
  }

  private boolean in(String kind, String value) {
    return value != null && words.get(kind).contains(value);
  }
}
