package org.chronik.pipeline.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.Token;
import org.chronik.pipeline.lemma.GermanLexicon;

/**
 * A past participle written with a capital inside a clause, after the sentence's first word ("und wurde seitdem streng Überwacht",
 * "Die Gegner wurden Festgenommen"), which the tagger reads as a noun and the lemmatizer keeps as it is,
 * so no verb pattern sees it. The parser still hangs the clause's auxiliary on it: a word tagged as one of
 * the {@code TAG} classes, written with a capital, that the full-form lexicon does not know as written
 * (no noun or name of that form), whose lower-case form is a {@code PAST_PARTICIPLE}, and below which
 * stands a {@code PERFECT_AUX} or {@code PASSIVE_AUX} ("wurde", "hat"; or above which, for a participle hung as
 * the auxiliary's complement), is that participle: it takes the
 * lexicon's verb lemma and participle tag. A known noun keeps its reading ("wurde Gefangener", "hat
 * Bestand"), and so does a capitalised word without an auxiliary below it. Words from {@code
 * lang/<iso>/parse/verbs.tsv}. Immutable and thread-safe.
 */
final class CapitalisedParticiples {
  private final Set<String> tags;
  private final Set<String> auxiliaries;
  private final List<String> participleTags;
  private final GermanLexicon lexicon;

  private CapitalisedParticiples(Map<String, List<String>> words, GermanLexicon lexicon) {
    this.tags = Set.copyOf(words.getOrDefault("TAG", List.of()));
    Set<String> aux = new HashSet<>(words.getOrDefault("PERFECT_AUX", List.of()));
    aux.addAll(words.getOrDefault("PASSIVE_AUX", List.of()));
    this.auxiliaries = Set.copyOf(aux);
    this.participleTags = List.copyOf(words.getOrDefault("PAST_PARTICIPLE", List.of()));
    this.lexicon = lexicon;
  }

  /** From the words of {@code path} as {@link MistaggedVerbs} read them (kind → values), read once per language. */
  static CapitalisedParticiples of(String path, Map<String, List<String>> words, GermanLexicon lexicon) {
    if (!words.containsKey("TAG") || !words.containsKey("PAST_PARTICIPLE")) {
      throw new IllegalStateException(path + " needs TAG and PAST_PARTICIPLE rows");
    }
    return new CapitalisedParticiples(words, lexicon);
  }

  /** Gives each capitalised participle with an auxiliary below it its verb lemma and tag. */
  void repair(VerbRepair.Clause clause) {
    for (int p = 0; p < clause.size(); p++) {
      Token t = clause.token(p);
      GermanLexicon.Reading participle = afterFirstWord(clause.tokens, p) && candidate(t.text(), t.upos()) ? participle(t.text().toLowerCase(Locale.GERMAN)) : null;
      if (participle != null && hasAuxiliary(clause, p)) {
        clause.retag(p, participle.lemma(), participle.tag());
      }
    }
  }

  /**
   * The tokens that may be such a participle before the parse (for the parse selector, a superset): a
   * candidate word in a sentence with an auxiliary ({@code lemmas}: the tokens' lemmas).
   */
  Set<Integer> beforeParse(List<Token> tokens, List<String> lemmas) {
    Set<Integer> out = new HashSet<>();
    if (lemmas.stream().noneMatch(auxiliaries::contains)) {
      return out;
    }
    for (Token t : tokens) {
      if (afterFirstWord(tokens, t.index()) && candidate(t.text(), t.upos()) && participle(t.text().toLowerCase(Locale.GERMAN)) != null) {
        out.add(t.index());
      }
    }
    return out;
  }

  /** Not the sentence's first word, whose capital tells nothing ("Umgekehrt haben die Kinder …" is an adverb). */
  private static boolean afterFirstWord(List<Token> tokens, int p) {
    for (int i = 0; i < p; i++) {
      if (tokens.get(i).text().chars().anyMatch(Character::isLetter)) {
        return true;
      }
    }
    return false;
  }

  /** Written with a capital, tagged as one of the misread classes, and unknown to the lexicon as written. */
  private boolean candidate(String text, String upos) {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && tags.contains(upos) && lexicon.readings(text).isEmpty();
  }

  /** An auxiliary below the word, or above it where the parser hung the participle as its complement ({@link AuxiliaryHeads}). */
  private boolean hasAuxiliary(VerbRepair.Clause clause, int p) {
    int head = clause.head(p);
    if (head >= 0 && "xcomp".equals(clause.deprel(p)) && auxiliaries.contains(clause.token(head).lemma())) {
      return true;
    }
    for (int c : clause.children(p)) {
      if (clause.deprel(c) != null && clause.deprel(c).startsWith("aux") && auxiliaries.contains(clause.token(c).lemma())) {
        return true;
      }
    }
    return false;
  }

  private GermanLexicon.Reading participle(String lower) {
    for (GermanLexicon.Reading r : lexicon.readings(lower)) {
      if (participleTags.stream().anyMatch(r.tag()::startsWith)) {
        return r;
      }
    }
    return null;
  }
}
