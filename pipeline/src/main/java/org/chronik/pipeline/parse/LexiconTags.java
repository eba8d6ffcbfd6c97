package org.chronik.pipeline.parse;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of the morphological lexicon's tags ("SUB:NOM:SIN:FEM", "ART:DEF:AKK:PLU:NEU") that
 * {@link ClauseArguments} reads: the four cases, the two numbers, the reflexive pronoun's prefix, and
 * for each UPOS tag the lexicon's word classes a token of it is read with. Loaded from the language's
 * {@code parse/verbs.tsv} (kinds {@code NOMINATIVE} … {@code READ_<UPOS>}), so the German tagset
 * stays in data. Immutable.
 */
record LexiconTags(Cases cases, String singular, String plural, String reflexive, Map<String, List<String>> classes) {
  /** The prefix of the kinds that map a UPOS tag to word classes ({@code READ_NOUN}). */
  static final String READ = "READ_";

  /** The case features by name. */
  record Cases(String nominative, String accusative, String dative, String genitive) {
    Set<String> all() {
      return Set.of(nominative, accusative, dative, genitive);
    }
  }

  Set<String> numbers() {
    return Set.of(singular, plural);
  }

  /** The lexicon's word classes a token of this UPOS tag is read with (none for other tags). */
  List<String> classesOf(String upos) {
    return classes.getOrDefault(upos, List.of());
  }
}
