package org.chronik.pipeline.parse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronik.model.Token;
import org.chronik.pipeline.lemma.GermanLexicon;

/**
 * A passive or perfect participle the tagger read as a predicative adjective: "Der Schleuser wurde an der
 * Grenze gefasst", "Viele Lehrer hatten sich krank gemeldet" come out tagged {@code ADJ} with the full-form
 * lexicon's adjectival-participle reading ({@code PA2:PRD:GRU:VER}) and the participle itself as lemma
 * ("gefasst", "gemeldet"), the passive "wurde" written as a copula. No verb pattern sees such a word. A
 * word tagged one of the {@code TAG} classes, written in lower case, whose reading starts with an {@code
 * ADJECTIVAL_PARTICIPLE} prefix, that is no {@code OWN_ADJECTIVE} ("bekannt": "es wurde bekannt" tells that
 * something became known), and below which hangs a {@code PASSIVE_AUX} or {@code PERFECT_AUX} as auxiliary or
 * copula, is that verb: it takes the lexicon's verb lemma and participle tag; a passive "werden" written as
 * copula becomes its passive auxiliary ({@code aux:pass}) and the subject its passive subject. A participle
 * with "sein" ("war gefasst": composed) keeps its reading, and so does an attributive one ("die gefassten
 * Täter"). Words from {@code lang/<iso>/parse/verbs.tsv}. Immutable and thread-safe.
 */
final class AdjectivalParticiples {
  private static final String COPULA = "cop";
  private static final String PASSIVE = "aux:pass";

  private final Set<String> tags;
  private final List<String> adjectival;
  private final Set<String> ownAdjectives;
  private final Set<String> passive;
  private final Set<String> perfect;
  private final List<String> participleTags;
  private final GermanLexicon lexicon;

  private AdjectivalParticiples(Map<String, List<String>> words, GermanLexicon lexicon) {
    this.tags = Set.copyOf(words.get("TAG"));
    this.adjectival = List.copyOf(words.get("ADJECTIVAL_PARTICIPLE"));
    this.ownAdjectives = Set.copyOf(words.getOrDefault("OWN_ADJECTIVE", List.of()));
    this.passive = Set.copyOf(words.getOrDefault("PASSIVE_AUX", List.of()));
    this.perfect = Set.copyOf(words.getOrDefault("PERFECT_AUX", List.of()));
    this.participleTags = List.copyOf(words.get("PAST_PARTICIPLE"));
    this.lexicon = lexicon;
  }

  /** From the words of {@code path} as {@link MistaggedVerbs} read them (kind → values), read once per language. */
  static AdjectivalParticiples of(String path, Map<String, List<String>> words, GermanLexicon lexicon) {
    for (String kind : List.of("TAG", "ADJECTIVAL_PARTICIPLE", "PAST_PARTICIPLE")) {
      if (!words.containsKey(kind)) {
        throw new IllegalStateException(path + " needs a " + kind + " row");
      }
    }
    return new AdjectivalParticiples(words, lexicon);
  }

  /** Gives each adjectival participle with a passive or perfect auxiliary below it its verb lemma and tag. */
  void repair(VerbRepair.Clause clause) {
    for (int p = 0; p < clause.size(); p++) {
      Token t = clause.token(p);
      GermanLexicon.Reading participle = candidate(t) ? participle(t.text()) : null;
      int aux = participle == null ? -1 : auxiliary(clause, p);
      if (aux < 0) {
        continue;
      }
      clause.retag(p, participle.lemma(), participle.tag());
      if (passive.contains(clause.token(aux).lemma()) && COPULA.equals(clause.deprel(aux))) {
        clause.attach(aux, p, PASSIVE); // "wurde … gefasst": the parser's copula is the passive's auxiliary
        for (int c : clause.children(p)) {
          if ("nsubj".equals(clause.deprel(c))) {
            clause.attach(c, p, "nsubj:pass");
          }
        }
      }
    }
  }

  /** Lower case, tagged as a misread class, with an adjectival-participle reading, and no adjective of its own. */
  private boolean candidate(Token t) {
    String text = t.text();
    return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && tags.contains(t.upos()) && t.xpos() != null
        && adjectival.stream().anyMatch(t.xpos()::startsWith) && !ownAdjectives.contains(text);
  }

  /** The passive or perfect auxiliary hung below the word as auxiliary or copula, else -1 ("war gefasst" has none). */
  private int auxiliary(VerbRepair.Clause clause, int p) {
    for (int c : clause.children(p)) {
      String rel = clause.deprel(c);
      String lemma = clause.token(c).lemma();
      if (rel != null && (rel.startsWith("aux") || COPULA.equals(rel)) && (passive.contains(lemma) || perfect.contains(lemma))) {
        return c;
      }
    }
    return -1;
  }

  private GermanLexicon.Reading participle(String word) {
    for (GermanLexicon.Reading r : lexicon.readings(word)) {
      if (participleTags.stream().anyMatch(r.tag()::startsWith)) {
        return r;
      }
    }
    return null;
  }
}
