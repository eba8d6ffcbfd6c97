package org.chronik.pipeline.quotes;

/** Kinds of entries in {@code cues.tsv}; see the README beside that file. */
public enum CueKind {
  VERB, NOUN, ATTRIBUTION, CLAUSE, ANAPHOR, SCARE, NAME, PRONOUN, INFINITIVE
}
