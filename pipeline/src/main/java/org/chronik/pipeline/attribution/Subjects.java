package org.chronik.pipeline.attribution;

import java.util.Set;
import org.chronik.model.Token;

/**
 * Who a speech verb's subject is, read as German word order gives it, not as the parser's nearest
 * noun: after a quotation or reported clause the verb comes first and its subject follows ("„…“,
 * sagte die Ministerin"; "Sie sei geschockt, sagte die Königin": not "Sie"); a word before the verb
 * that cannot name anyone (an adverb like "Demgegenüber", a participle like "Relativierend") is no
 * subject; a name first in the clause is the subject even when the parser calls it the object.
 */
final class Subjects {
  /** Arguments that may be a misparsed subject. */
  private static final Set<String> ARGUMENTS = Set.of("nsubj", "obj", "iobj", "obl:arg", "nsubj:pass", "appos", "dep");
  /** Word classes that can head a phrase naming someone ("die Ministerin", "Xi", "er", "einer der Beamten", "beide"). */
  private static final Set<String> NAMING = Set.of("NOUN", "PROPN", "PRON", "DET", "NUM", "X");
  /** How far after the finite verb an inverted subject may stand ("sagte am Montag in Berlin die Ministerin"). */
  private static final int REACH = 5;
  /** How many coordinated or governing verbs up a shared subject is looked for. */
  private static final int MAX_SHARED = 3;

  private Subjects() {}

  static int of(DependencyTree tree, int verb, AttributionLexicon lexicon) {
    return of(tree, verb, lexicon, 0);
  }

  private static int of(DependencyTree tree, int verb, AttributionLexicon lexicon, int depth) {
    Morphology morphology = lexicon.morphology();
    int passive = tree.child(verb, "aux:pass");
    if (passive >= 0 && !tree.quoted(passive)) {
      // "wurde von Kritikern als „…“ bezeichnet": the passive subject is what was said about; an auxiliary in the quoted words is theirs
      return agent(tree, verb, lexicon);
    }
    int finite = WordOrder.finite(tree, verb);
    int s = nearestSubject(tree, verb, finite);
    if (s >= 0 && (tree.quoted(s) && !titleInMarks(tree, s) || !NAMING.contains(tree.token(s).upos()) || NamingPhrases.notAName(tree, s, morphology) || !NamingPhrases.nominative(tree, s, morphology)
        || NamingPhrases.standsForStatement(tree, s, morphology))) {
      s = -1; // the quoted words' subject, an adverb in the prefield, a dative ("Der Zeitung sagte X")
    }
    if (s >= 0 && s < finite && WordOrder.inverted(tree, finite) && inReportedClause(tree, s, finite)) {
      s = -1; // "Sie sei geschockt, sagte die Königin": "Sie" is the reported clause's subject
    }
    if (s >= 0) {
      int prefield = prefieldArgument(tree, verb, finite);
      // "Macron hat Scholz … versprochen": the parser may call the first name the object; in news the first is the subject
      return prefield >= 0 && prefield < s ? prefield : s;
    }
    Token v = tree.token(verb);
    boolean shares = "conj".equals(v.deprel()) || "xcomp".equals(v.deprel());
    if (shares && v.head() >= 0 && Tokens.isVerb(tree.token(v.head())) && depth < MAX_SHARED) {
      // a coordinated verb shares its partner's subject; an open complement its governor's ("hatte X gesagt", "versuchte zu erklären")
      int shared = of(tree, v.head(), lexicon, depth + 1);
      if (shared >= 0) {
        return shared;
      }
    }
    // a coordinated verb's object stays its object ("… und nannte Trumps Auftrag „…“")
    int after = "conj".equals(v.deprel()) ? -1 : afterVerb(tree, verb, finite, morphology);
    if (after >= 0) {
      return after;
    }
    return byPosition(tree, verb, finite, lexicon);
  }

  /**
   * The subject by German word order when the parse gives none: the first naming phrase after the
   * clause word of a verb-final clause ("Wie der Richter, Y, ausführte"), after an inverted verb
   * ("„…“, betonte Struck"), or heading the prefield ("Marktanalyst X von der Bank kommentierte").
   */
  private static int byPosition(DependencyTree tree, int verb, int finite, AttributionLexicon lexicon) {
    int clauseWord = Clauses.clauseWord(tree, verb, lexicon);
    if (clauseWord >= 0) {
      return firstNaming(tree, clauseWord + 1, finite, clauseWord, lexicon.morphology());
    }
    if (WordOrder.inverted(tree, finite)) {
      int after = firstNaming(tree, finite + 1, Math.min(tree.size(), finite + 1 + REACH), -1, lexicon.morphology());
      if (after >= 0) {
        return after;
      }
      // "X, der Minister, der … inne hat, sagte": a comma after a relative clause the parser did not mark; the prefield speaks
    }
    int start = finite;
    while (start > 0 && !WordOrder.clauseEnd(tree, start - 1)) {
      start--;
    }
    for (int k = start; k < finite; k++) {
      if (Tokens.isVerb(tree.token(k))) {
        return -1; // the prefield is a clause of its own
      }
    }
    return firstNaming(tree, start, finite, -1, lexicon.morphology());
  }

  /**
   * The first noun or name in [from, to) outside quotation marks and prepositional phrases that can
   * name someone, or -1; {@code clauseWord} is no preposition even when the parser calls it one.
   */
  private static int firstNaming(DependencyTree tree, int from, int to, int clauseWord, Morphology morphology) {
    for (int k = from; k < to; k++) {
      Token t = tree.token(k);
      boolean noun = "NOUN".equals(t.upos()) || "PROPN".equals(t.upos());
      int adposition = tree.child(k, "case");
      // "Von der Leyen betonte": a person's name particle at the clause start is no preposition
      boolean name = t.ner() != null && t.ner().endsWith("PER") || t.xpos() == null && Character.isUpperCase(t.text().charAt(0));
      boolean particle = adposition == from && name;
      if (noun && (!tree.quoted(k) || titleInMarks(tree, k)) && (adposition < 0 || adposition == clauseWord || particle) && !NamingPhrases.notAName(tree, k, morphology) && NamingPhrases.nominative(tree, k, morphology)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The agent of a passive speech verb: an oblique marked as author ("von X"), else such a phrase
   * between the auxiliary and the verb that the parser hung elsewhere but not inside a noun phrase; or -1.
   */
  private static int agent(DependencyTree tree, int verb, AttributionLexicon lexicon) {
    for (int c : tree.children(verb)) {
      String rel = tree.token(c).deprel();
      if (rel != null && rel.startsWith("obl") && authorMarked(tree, c, lexicon)) {
        return c;
      }
    }
    int aux = tree.child(verb, "aux:pass");
    for (int k = aux + 1; k < verb; k++) {
      int head = tree.token(k).head();
      boolean inNounPhrase = head >= 0 && head < k && ("NOUN".equals(tree.token(head).upos()) || "PROPN".equals(tree.token(head).upos()));
      if (authorMarked(tree, k, lexicon) && !inNounPhrase) {
        return k;
      }
    }
    return -1;
  }

  private static boolean authorMarked(DependencyTree tree, int k, AttributionLexicon lexicon) {
    int adposition = tree.child(k, "case");
    return adposition >= 0 && !tree.quoted(k) && lexicon.isAuthorAdposition(tree.token(adposition).text());
  }

  /** The verb's subject nearest its finite part (a heading the splitter joined to the sentence gives a second one). */
  private static int nearestSubject(DependencyTree tree, int verb, int finite) {
    int best = -1;
    for (int c : tree.children(verb)) {
      if ("nsubj".equals(tree.token(c).deprel()) && (best < 0 || Math.abs(c - finite) < Math.abs(best - finite))) {
        best = c;
      }
    }
    return best;
  }

  /** "sagte Xi", "sagte am Abend die Ministerin": a naming phrase after the finite verb that the parser attached as an argument. */
  private static int afterVerb(DependencyTree tree, int verb, int finite, Morphology morphology) {
    for (int c : tree.children(verb)) {
      Token t = tree.token(c);
      String rel = t.deprel();
      // a pronoun subject is reliably tagged nsubj; a pronoun object here is "sich" or "ihm"
      boolean name = Tokens.isNominal(t) && (!"PRON".equals(t.upos()) || "nsubj".equals(rel));
      if (c > finite && c <= finite + REACH && rel != null && ARGUMENTS.contains(rel) && name && tree.child(c, "case") < 0 && !tree.quoted(c)
          && NamingPhrases.nominative(tree, c, morphology) && !NamingPhrases.standsForStatement(tree, c, morphology)) {
        return c;
      }
    }
    return -1;
  }

  /** A verb stands between the subject and the finite verb that is not part of the subject's own phrase ("der gestern ankam"). */
  private static boolean inReportedClause(DependencyTree tree, int subject, int finite) {
    for (int k = subject + 1; k < finite; k++) {
      if (Tokens.isVerb(tree.token(k)) && !tree.dominates(subject, k)) {
        return true;
      }
    }
    return false;
  }

  /** A name or noun the parser made an object although it stands first in the clause, before the finite verb. */
  private static int prefieldArgument(DependencyTree tree, int verb, int finite) {
    for (int c : tree.children(verb)) {
      String rel = tree.token(c).deprel();
      if (c < finite && rel != null && (rel.equals("obj") || rel.equals("iobj") || rel.equals("obl:arg"))
          && "PROPN".equals(tree.token(c).upos()) && tree.child(c, "case") < 0 && WordOrder.firstOfClause(tree, c, finite)) {
        return c;
      }
    }
    return -1;
  }


  /** A quoted subject with its determiner outside the marks is a title ("die „Frankfurter Rundschau“ berichtet"), not the quoted words. */
  static boolean titleInMarks(DependencyTree tree, int s) {
    int det = tree.child(s, "det");
    return det >= 0 && det < s && !tree.quoted(det);
  }
}
