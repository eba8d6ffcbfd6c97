package org.chronik.pipeline.quotes;

import java.util.List;
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

  /** The last colon before the quotation's opening mark, or -1. */
  static int colonBefore(DependencyTree tree, MarkedSpan m) {
    int colon = -1;
    for (int k = 0; k < tree.size(); k++) {
      Token t = tree.token(k);
      if (t.end() <= m.outer().begin() && t.text().equals(":")) {
        colon = k;
      }
    }
    return colon;
  }

  /** The party the verbless lead-in names, or null when there is no such lead-in. */
  static Party find(DocumentView doc, MarkedSpan m, int s) {
    DependencyTree tree = doc.trees.get(s);
    int colon = colonBefore(tree, m);
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

  /**
   * The cues that may frame a quotation after a colon: those before it, and one right after its
   * closing mark ("„…“, zitiert X den Minister"); a speech verb further on speaks for other words
   * ("X stellte das in Frage: „…“ Demgegenüber betonte Y").
   */
  static List<Cue> framing(DocumentView doc, MarkedSpan m, List<Cue> cues) {
    String before = doc.body.substring(Math.max(0, m.outer().begin() - 3), m.outer().begin()).strip();
    if (!before.endsWith(":")) {
      return cues;
    }
    return cues.stream().filter(c -> c.span().end() <= m.outer().begin() || onlyPunctuation(doc.body, m.outer().end(), c.span().begin())).toList();
  }

  private static boolean onlyPunctuation(String body, int from, int to) {
    return from >= to || body.substring(from, to).codePoints().noneMatch(Character::isLetterOrDigit);
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
