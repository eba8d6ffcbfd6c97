package org.chronik.pipeline.quotes;

import org.chronik.model.Token;

/**
 * The speaker of a quotation without a speech cue, read off its own clause: the subject of the
 * clause a colon ends ("X stellte das in Frage: „…“"), or a personal pronoun subject of a clause in
 * the reported mood ("Er habe „…“").
 */
final class ClauseSpeaker {
  private ClauseSpeaker() {}

  static Party find(DocumentView doc, MarkedSpan m, int s, QuoteLexicon lexicon) {
    DependencyTree tree = doc.trees.get(s);
    int colon = -1;
    for (int k = 0; k < tree.size(); k++) {
      Token t = tree.token(k);
      if (t.end() <= m.outer().begin() && t.text().equals(":")) {
        colon = k;
      }
    }
    if (colon >= 0 && m.outer().begin() - tree.token(colon).end() <= 1) {
      int verb = verbBefore(tree, colon);
      return verb < 0 ? null : doc.parties.party(tree, CueFinder.subject(tree, verb));
    }
    if (!doc.reportedMood(s, lexicon)) {
      return null;
    }
    for (int k = 0; k < tree.size(); k++) {
      Token t = tree.token(k);
      if (t.head() >= 0 && "PRON".equals(t.upos()) && t.deprel() != null && t.deprel().startsWith("nsubj") && !doc.insideMarks(t.span())
          && lexicon.isSpeakerPronoun(CueFinder.lemma(t))) {
        return doc.parties.party(tree, k);
      }
    }
    return null;
  }

  /** The verb heading the words before the colon: the one whose head lies outside them. */
  private static int verbBefore(DependencyTree tree, int colon) {
    for (int k = 0; k < colon; k++) {
      Token t = tree.token(k);
      if (CueFinder.isVerb(t) && (t.head() < 0 || t.head() >= colon) && !"aux".equals(t.deprel()) && !"cop".equals(t.deprel())) {
        return k;
      }
    }
    return -1;
  }
}
