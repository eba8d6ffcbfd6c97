package org.chronik.pipeline.quotes;

import org.chronik.model.Token;
import org.chronik.pipeline.attribution.DependencyTree;
import org.chronik.pipeline.attribution.Tokens;

/**
 * The speaker of a quotation after a colon whose lead-in has no verb: the phrase before the colon
 * names who speaks ("Scholz: „…“", "Die Vorsitzende der Grünen, Ricarda Lang: „…“", "Der Sprecher,
 * zur Lage: „…“"), and a statement noun there names its author ("Zitat von Habeck hierzu: „…“"). A
 * lead-in that is a prepositional phrase is a topic, not a speaker ("Zur Rente: „…“").
 */
final class ColonFrame {
  private ColonFrame() {}

  /** The party the verbless lead-in names, or null when there is no such lead-in. */
  static Party find(DocumentView doc, MarkedSpan m, int s) {
    DependencyTree tree = doc.trees.get(s);
    int colon = -1;
    for (int k = 0; k < tree.size(); k++) {
      Token t = tree.token(k);
      if (t.end() <= m.outer().begin() && t.text().equals(":")) {
        colon = k;
      }
    }
    if (colon < 1 || m.outer().begin() - tree.token(colon).end() > 1) {
      return null;
    }
    int from = colon;
    while (from > 0 && !boundary(doc, tree, from - 1)) {
      from--;
    }
    while (from < colon && ("CCONJ".equals(tree.token(from).upos()) || tree.isPunct(from))) {
      from++; // "…, und der Ministerpräsident: „…“"
    }
    int head = -1;
    for (int k = from; k < colon; k++) {
      Token t = tree.token(k);
      if (Tokens.isVerb(t) || doc.insideMarks(t.span())) {
        return null; // a clause or another quotation: the verb frames and ClauseSpeaker read it
      }
      boolean top = t.head() < from || t.head() >= colon;
      if (head < 0 && top && !tree.isPunct(k)) {
        head = k;
      }
    }
    if (head < 0 || !Tokens.isNominal(tree.token(head)) || tree.child(head, "case") >= 0) {
      return null;
    }
    return doc.parties.party(tree, head);
  }

  /** Where a lead-in starts: after the end of a sentence or clause, a bracket or another quotation. */
  private static boolean boundary(DocumentView doc, DependencyTree tree, int k) {
    Token t = tree.token(k);
    if (doc.insideMarks(t.span())) {
      return true;
    }
    String w = t.text();
    boolean commaBeforeConjunction = w.equals(",") && k + 1 < tree.size() && "CCONJ".equals(tree.token(k + 1).upos());
    return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";") || w.equals(")") || w.equals("(") || commaBeforeConjunction;
  }
}
