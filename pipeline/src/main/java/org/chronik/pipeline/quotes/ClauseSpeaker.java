package org.chronik.pipeline.quotes;

import java.util.Set;
import org.chronik.model.Token;
import org.chronik.pipeline.attribution.DependencyTree;
import org.chronik.pipeline.attribution.SpeakerRoles;
import org.chronik.pipeline.attribution.Tokens;

/**
 * The speaker of a quotation without a speech cue, read off its own clause: the subject of a verb
 * right after it ("„…“, zeigte sich X zufrieden"), the subject of the clause a colon ends ("X stellte
 * das in Frage: „…“"), or a personal pronoun subject of a clause in the reported mood ("Er habe „…“").
 */
final class ClauseSpeaker {
  private ClauseSpeaker() {}

  static Party find(DocumentView doc, MarkedSpan m, int s, int last, QuoteLexicon lexicon) {
    Party after = verbAfter(doc, m, last);
    if (after != null) {
      return after;
    }
    DependencyTree tree = doc.trees.get(s);
    int colon = ColonFrame.colonBefore(tree, m);
    if (colon >= 0 && m.outer().begin() - tree.token(colon).end() <= 1) {
      int verb = verbBefore(tree, colon);
      int subject = verb < 0 ? -1 : SpeakerRoles.subject(tree, verb, doc.attribution());
      int person = subject >= 0 && subject < verb && !namesPerson(tree, subject) ? personAfter(tree, verb, colon) : -1;
      if (person >= 0) {
        return doc.parties.party(tree, person); // "Jede Schuld weist X von sich: „…“": the object comes first, the person after the verb speaks
      }
      boolean expletive = subject >= 0 && "PRON".equals(tree.token(subject).upos()) && !lexicon.isSpeakerPronoun(Tokens.lemma(tree.token(subject)));
      return subject < 0 || expletive ? null : doc.parties.party(tree, subject);
    }
    if (!doc.reportedMood(s)) {
      return startsSentence(tree, m) && s > 0 ? namedSubjectOf(doc, s - 1, lexicon) : null;
    }
    for (int k = 0; k < tree.size(); k++) {
      Token t = tree.token(k);
      // the subject by its relation, or the clause's first word, which in German is mostly the subject
      boolean subject = t.deprel() != null && t.deprel().startsWith("nsubj") || k == 0;
      if ("PRON".equals(t.upos()) && subject && !doc.insideMarks(t.span())
          && lexicon.isSpeakerPronoun(Tokens.lemma(t))) {
        return doc.parties.party(tree, k);
      }
    }
    return null;
  }

  /** Relations by which the parser may attach the subject that follows the verb. */
  private static final Set<String> ARGUMENTS = Set.of("nsubj", "obj", "iobj", "obl:arg", "appos", "dep");

  /** A phrase naming a person: a person tag on its head or on a name part or apposition below it. */
  private static boolean namesPerson(DependencyTree tree, int head) {
    if (isPerson(tree.token(head))) {
      return true;
    }
    for (int c : tree.children(head)) {
      String rel = tree.token(c).deprel();
      if (rel != null && (rel.startsWith("flat") || rel.equals("appos")) && namesPerson(tree, c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPerson(Token t) {
    return t.ner() != null && t.ner().endsWith("PER");
  }

  /** An argument of the verb after it and before the colon, without an adposition, that names a person; or -1. */
  private static int personAfter(DependencyTree tree, int verb, int colon) {
    for (int c : tree.children(verb)) {
      String rel = tree.token(c).deprel();
      if (c > verb && c < colon && ARGUMENTS.contains(rel) && tree.child(c, "case") < 0 && !tree.quoted(c) && namesPerson(tree, c)) {
        return c;
      }
    }
    return -1;
  }

  /** "„…“, strich X heraus": a finite verb right after the closing mark and a comma frames the quotation; its subject speaks. */
  private static Party verbAfter(DocumentView doc, MarkedSpan m, int s) {
    DependencyTree tree = doc.trees.get(s);
    int k = 0;
    while (k < tree.size() && tree.token(k).begin() < m.outer().end()) {
      k++;
    }
    boolean comma = false;
    while (k < tree.size() && tree.isPunct(k)) {
      comma |= tree.token(k).text().equals(",");
      k++;
    }
    // the tagger may call a verb there an adjective ("strich X heraus"); its finite lexicon tag tells
    if (!comma || k >= tree.size() || !doc.isFinite(s, tree.token(k))) {
      return null;
    }
    int verb = "AUX".equals(tree.token(k).upos()) && tree.token(k).head() >= 0 ? tree.token(k).head() : k;
    int subject = SpeakerRoles.subject(tree, verb, doc.attribution());
    return subject < 0 ? null : doc.parties.party(tree, subject);
  }

  private static boolean startsSentence(DependencyTree tree, MarkedSpan m) {
    for (Token t : tree.sentence().tokens()) {
      if (t.end() <= m.outer().begin() && !tree.isPunct(t.index())) {
        return false;
      }
    }
    return true;
  }

  /**
   * "X kritisierte die Regierung. „…“": the subject of the previous sentence's main verb, when it names
   * someone (a linked actor or a recognized entity) and that sentence has no quotation of its own.
   */
  private static Party namedSubjectOf(DocumentView doc, int s, QuoteLexicon lexicon) {
    DependencyTree tree = doc.trees.get(s);
    if (doc.marked.stream().anyMatch(m -> m.outer().overlaps(tree.sentence().span()))) {
      return null;
    }
    for (int k = 0; k < tree.size(); k++) {
      if (tree.token(k).head() < 0) {
        int subject = SpeakerRoles.subject(tree, k, doc.attribution());
        if (subject < 0) {
          return null;
        }
        Party party = doc.parties.party(tree, subject);
        Token head = tree.token(subject);
        boolean named = party != null && party.actor() != null && !party.actor().id().startsWith("text:") || head.ner() != null && !"O".equals(head.ner());
        return named ? party : null;
      }
    }
    return null;
  }

  /**
   * The predicate heading the words before the colon: the verb whose head lies outside them, or a
   * predicate with a copula ("Die Kritik war deutlich:").
   */
  private static int verbBefore(DependencyTree tree, int colon) {
    for (int k = 0; k < colon; k++) {
      Token t = tree.token(k);
      boolean predicate = Tokens.isVerb(t) && !"aux".equals(t.deprel()) && !"cop".equals(t.deprel()) || tree.child(k, "cop") >= 0;
      if (predicate && (t.head() < 0 || t.head() >= colon)) {
        return k;
      }
    }
    return -1;
  }
}
