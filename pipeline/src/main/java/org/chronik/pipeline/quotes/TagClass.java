package org.chronik.pipeline.quotes;

import java.util.Locale;

/**
 * Word classes the quote rules tell by a token's tag (the tagger's or the lexicon's), each read from
 * the rows of mood.tsv whose kind is its name in lowercase: the tags are the language's data, the
 * classes what the rules ask.
 */
enum TagClass {
  /** A finite verb: quoted words with one form a clause. */
  FINITE,
  /** An indefinite article: a quotation starting with one is a noun phrase of its own, not a label. */
  INDEFINITE,
  /** A reflexive pronoun: a speech verb with one reports no speech act, a naming verb names its subject. */
  REFLEXIVE,
  /** A predicative adjective: quoted words starting with one are a predicate, not a name. */
  PREDICATIVE,
  /** A demonstrative pronoun: as a speaker it points at the person named last. */
  DEMONSTRATIVE;

  /** The class a mood.tsv kind names, or null when it names none. */
  static TagClass ofKind(String kind) {
    for (TagClass c : values()) {
      if (c.name().toLowerCase(Locale.ROOT).equals(kind)) {
        return c;
      }
    }
    return null;
  }
}
