package org.chronik.pipeline.attribution;

/** Who a statement noun belongs to: "die Kritik der Opposition", "seiner Ansicht nach", "Zitat von Habeck". */
public final class Authors {
  private Authors() {}

  /**
   * The genitive, possessive or author-marked ("von") attribute of a noun, outside quotation marks,
   * or -1; not an addressee ("ein Schreiben an die Mitarbeiter").
   */
  public static int of(DependencyTree tree, int noun, AttributionLexicon lexicon) {
    for (int c : tree.children(noun)) {
      String rel = tree.token(c).deprel();
      boolean possessive = "det".equals(rel) && lexicon.morphology().isPossessive(tree.token(c).text());
      if (tree.quoted(c) || !("nmod".equals(rel) || "nmod:poss".equals(rel) || "det:poss".equals(rel) || possessive)) {
        continue;
      }
      int adposition = tree.child(c, "case");
      if (adposition < 0 || lexicon.isAuthorAdposition(tree.token(adposition).text())) {
        return c;
      }
    }
    return -1;
  }
}
