package org.chronik.pipeline.attribution;

/** Where German clauses start and end and where their finite verb stands, read off token positions. */
final class WordOrder {
  private WordOrder() {}

  /**
   * The finite part of the verb: an auxiliary before it in the same clause ("hatte … gesagt"), else
   * the verb; an auxiliary the parser hung on it across a comma belongs to the clause before.
   */
  static int finite(DependencyTree tree, int verb) {
    int finite = verb;
    for (int c : tree.children(verb)) {
      if ("aux".equals(tree.token(c).deprel()) && c < finite && !punctuationBetween(tree, c, verb)) {
        finite = c;
      }
    }
    return finite;
  }

  /** A comma, colon or semicolon outside quotation marks between the two tokens (a hyphen is no clause boundary). */
  static boolean punctuationBetween(DependencyTree tree, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String w = tree.token(k).text();
      if ((w.equals(",") || w.equals(":") || w.equals(";")) && !tree.quoted(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb comes first in its clause: at the sentence start, right after a quotation, or after a
   * comma that closes a clause ("Die Preise steigen, sagte sie"), not one that closes an apposition
   * ("Renate Künast, Fraktionschefin der Grünen, kritisierte").
   */
  static boolean inverted(DependencyTree tree, int finite) {
    int k = finite - 1;
    if (k < 0 || tree.quoted(k)) {
      return true;
    }
    if (tree.token(k).text().equals(",")) {
      for (int j = 0; j < k; j++) {
        if (tree.quoted(j) || Tokens.isVerb(tree.token(j)) && !inRelativeClause(tree, j)) {
          return true;
        }
      }
      return false;
    }
    return tree.isPunct(k);
  }

  /** The token lies in a clause that modifies a noun ("der Minister, der gestern ankam,"). */
  static boolean inRelativeClause(DependencyTree tree, int j) {
    int t = j;
    for (int steps = 0; t >= 0 && steps < tree.size(); steps++) {
      String rel = tree.token(t).deprel();
      if (rel != null && rel.startsWith("acl")) {
        return true;
      }
      t = tree.token(t).head();
    }
    return false;
  }

  /** A token that ends the clause before: a colon, semicolon or quotation, or a comma after a verb. */
  static boolean clauseEnd(DependencyTree tree, int k) {
    String w = tree.token(k).text();
    if (tree.quoted(k) || w.equals(":") || w.equals(";") || w.equals(".")) {
      return true;
    }
    return w.equals(",") && k > 0 && Tokens.isVerb(tree.token(k - 1));
  }

  /** True when nothing but the phrase of c stands between the clause start and the finite verb. */
  static boolean firstOfClause(DependencyTree tree, int c, int finite) {
    for (int k = 0; k < finite; k++) {
      if (!tree.dominates(c, k) && !tree.isPunct(k)) {
        return false;
      }
    }
    return true;
  }
}
