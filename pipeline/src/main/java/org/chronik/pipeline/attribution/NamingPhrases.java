package org.chronik.pipeline.attribution;

import org.chronik.model.Token;

/** Whether a phrase can name a speaker: a subject in the nominative, a name and not an adverb, a relative pronoun. */
public final class NamingPhrases {
  private NamingPhrases() {}

  /** "Dies bestätigte der Minister": a pronoun standing for a statement is what was said, never who said it. */
  static boolean standsForStatement(DependencyTree tree, int s, Morphology morphology) {
    String upos = tree.token(s).upos();
    // the tagger often calls a standalone "Dies" a determiner
    return ("PRON".equals(upos) || "DET".equals(upos)) && morphology.refersToStatement(tree.token(s).text());
  }

  /** A relative pronoun by its tag (STTS PRELS or the lexicon's PRO:REL / PRO:DEM reading the parser chose). */
  public static boolean isRelativePronoun(Token t) {
    String x = t.xpos() == null ? "" : t.xpos();
    return "PRON".equals(t.upos()) && (x.startsWith("PREL") || x.startsWith("PRO:REL") || x.startsWith("PRO:DEM"));
  }

  /** The determiner and noun can agree in the nominative (the lexicon decides; unknown words pass). */
  static boolean nominative(DependencyTree tree, int s, Morphology morphology) {
    int det = tree.exactChild(s, "det");
    if (det < 0 || morphology.canBeNominative(tree.token(det).text(), tree.token(s).text())) {
      return true;
    }
    // "der EU-Außenbeauftragte": the article agrees with the last part of a name the parser split
    for (int c : tree.children(s)) {
      String rel = tree.token(c).deprel();
      if (rel != null && (rel.startsWith("flat") || rel.equals("compound")) && morphology.canBeNominative(tree.token(det).text(), tree.token(c).text())) {
        return true;
      }
    }
    return false;
  }

  /** An adverb the tagger took for a name ("Demgegenüber"): no entity tag, no name parts, and a word the lexicon knows only as a non-noun. */
  static boolean notAName(DependencyTree tree, int s, Morphology morphology) {
    Token t = tree.token(s);
    boolean entity = t.ner() != null && !"O".equals(t.ner());
    return !entity && tree.child(s, "flat") < 0 && morphology.neverNames(t.text());
  }
}
