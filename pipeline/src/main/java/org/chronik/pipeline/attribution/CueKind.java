package org.chronik.pipeline.attribution;

/** Kinds of entries in {@code lang/<iso>/attribution/cues.tsv}; see the README beside that file. */
public enum CueKind {
  VERB, NOUN, ATTRIBUTION, CLAUSE, ANAPHOR, REPORT, AUTHOR, QUALIFIER
}
