package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the rules whose trigger and conditions hold at one token of a sentence. */
final class RuleMatcher {
  /** The UD relation of an active clause's subject (a passive's is nsubj:pass). */
  private static final String ACTIVE_SUBJECT = "nsubj";

  /**
   * @param anchor the token satisfying the rule's object condition, or -1
   * @param extra the token satisfying the rule's dependent condition, or -1
   */
  record Match(EventRule rule, int anchor, int extra) {}

  private static final int MIN_COMPOUND_HEAD = 4;

  private RuleMatcher() {}

  static List<Match> matches(EventLexicon lexicon, SentenceView s, int i) {
    List<Match> out = new ArrayList<>();
    String upos = s.upos(i);
    EventRule.Kind kind = upos.equals("VERB") ? EventRule.Kind.VERB
        : upos.equals("NOUN") || upos.equals("PROPN") ? EventRule.Kind.NOUN : null;
    if (kind == null) {
      return out;
    }
    for (EventRule rule : candidates(lexicon, kind, s, i)) {
      int anchor = -1;
      if (!rule.objects().isEmpty()) {
        anchor = objectWith(s, i, rule.objects());
        if (anchor < 0) {
          continue;
        }
      }
      int extra = -1;
      if (!rule.dependents().isEmpty()) {
        // the doer is never the act's condition: "Flüchtlingen droht die Abschiebung" is no threat of
        // expulsion, "erklärt DEA-Agent X" no listing as agent, "durch Demonstranten getötet" no killing
        // of protesters (a passive subject may be: "eine Ausgangssperre wurde verhängt")
        extra = dependentWith(s, i, rule.dependents());
        if (extra < 0) {
          extra = markerBelow(s, i, rule.dependents());
        }
        if (extra < 0) {
          continue;
        }
      }
      if (rule.reflexive() && !hasReflexive(s, i)
          || !rule.unless().isEmpty() && (dependentWith(s, i, rule.unless()) >= 0 || markerBelow(s, i, rule.unless()) >= 0)) {
        continue; // another sense of the word
      }
      out.add(new Match(rule, anchor, extra));
    }
    // a rule with conditions ("verhängen" + "Ausgangssperre") is more specific than the bare verb,
    // and a condition met by the word itself beats one met by a compound ("Finanzhilfe" vs "Hilfe")
    int best = out.stream().mapToInt(m -> specificity(s, m)).max().orElse(0);
    out.removeIf(m -> specificity(s, m) < best);
    return out;
  }

  /** Rules for the lemma; a noun compound ("Wirtschaftssanktion") falls back to its longest known head. */
  private static List<EventRule> candidates(EventLexicon lexicon, EventRule.Kind kind, SentenceView s, int i) {
    List<EventRule> direct = lexicon.rulesFor(kind, s.lemma(i));
    if (kind == EventRule.Kind.VERB) {
      return direct.isEmpty() ? repairedParticle(lexicon, s, i) : direct;
    }
    if (!direct.isEmpty()) {
      return direct;
    }
    String lemma = s.lemma(i);
    for (int start = 1; start <= lemma.length() - MIN_COMPOUND_HEAD; start++) {
      List<EventRule> r = lexicon.rulesFor(kind, lemma.substring(start));
      if (!r.isEmpty()) {
        return r;
      }
    }
    return lexicon.rulesFor(kind, s.word(i));
  }

  private static int specificity(SentenceView s, Match m) {
    int score = 0;
    if (m.anchor() >= 0) {
      score += exactly(s, m.anchor(), m.rule().objects()) ? 3 : 2;
    }
    if (m.extra() >= 0) {
      score += exactly(s, m.extra(), m.rule().dependents()) ? 3 : 2;
    }
    return score;
  }

  private static boolean exactly(SentenceView s, int tok, Set<String> words) {
    for (String w : words) {
      if (s.grammar().inflected(s.lemma(tok), w) || s.grammar().inflected(s.word(tok), w)) {
        return true;
      }
    }
    return false;
  }

  /** Relations an object may carry in the German model's parses (datives are "obl:arg"). */
  private static final Set<String> OBJECT_RELS = Set.of("obj", "nsubj:pass", "iobj", "obl:arg", "obl");

  /** The object with one of the words, also when the parser hung it flat below another object. */
  private static int objectWith(SentenceView s, int verb, Set<String> words) {
    for (int c : s.children(verb)) {
      if (!OBJECT_RELS.contains(s.deprel(c))) {
        continue;
      }
      // "verlangt von Russland Aufklärung": the parser puts the object inside the prepositional phrase
      boolean prepositional = s.deprel(c).equals("obl") && s.preposition(c) != null;
      if (!prepositional || caseDetached(s, c)) {
        if (matchesWord(s, c, words, true)) {
          return c;
        }
      }
      for (int g : s.children(c)) {
        String rel = s.baseRel(g);
        if ((rel.equals("flat") || rel.equals("appos")) && matchesWord(s, g, words, true)) {
          return g;
        }
      }
    }
    return -1;
  }

  /** A preposition separated from its noun by a name ("von Deutschland Waffen"): it belongs to the name. */
  private static boolean caseDetached(SentenceView s, int noun) {
    for (int c : s.children(noun)) {
      if (s.baseRel(c).equals("case")) {
        for (int t = c + 1; t < noun; t++) {
          if (s.head(t) == noun && s.upos(t).equals("PROPN")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * A case marker ("als") up to four levels below the trigger within one noun phrase, where quotation
   * marks the tagger took for names sit between ("attackierte den Iran als den „größten Feind …“").
   * No verb may stand between: a marker in a clause of its own is not the trigger's.
   */
  private static int markerBelow(SentenceView s, int head, Set<String> words) {
    for (int t = 0; t < s.size(); t++) {
      if (words.contains(s.lemma(t)) && s.deprel(t).equals("case")) {
        int up = s.head(t);
        for (int level = 2; level <= 4 && up >= 0 && !s.upos(up).equals("VERB") && !s.upos(up).equals("AUX"); level++) {
          up = s.head(up);
          if (up == head) {
            return t;
          }
        }
      }
    }
    return -1;
  }

  /** A child or grandchild meeting a dependent condition, never inside the active subject. */
  private static int dependentWith(SentenceView s, int head, Set<String> words) {
    boolean passive = s.isPassive(head);
    for (int level = 1; level <= 2; level++) {
      for (int c : s.children(head)) {
        boolean doer = s.deprel(c).equals(ACTIVE_SUBJECT) || passive && s.grammar().is(EventGrammar.Kind.AGENT, s.preposition(c));
        int found = doer ? -1
            : level == 1 ? (matchesWord(s, c, words, true) ? c : -1) : childWith(s, c, words, null, true);
        if (found >= 0) {
          return found;
        }
      }
    }
    return -1;
  }

  /**
   * The parser sometimes hangs a separable particle on the wrong verb ("telefoniert mit X – China
   * sichert Y Unterstützung zu" gives "zutelefonieren" and "sichern"): undo a particle that makes no
   * known verb, or borrow a later particle that does.
   */
  private static List<EventRule> repairedParticle(EventLexicon lexicon, SentenceView s, int verb) {
    String lemma = s.lemma(verb);
    for (int i = 0; i < s.size(); i++) {
      if (!s.deprel(i).equals("compound:prt")) {
        continue;
      }
      String particle = s.word(i);
      if (s.head(i) == verb && lemma.startsWith(particle)) {
        List<EventRule> bare = lexicon.rulesFor(EventRule.Kind.VERB, lemma.substring(particle.length()));
        if (!bare.isEmpty()) {
          return bare;
        }
      } else if (s.head(i) != verb && i > verb && !lemma.startsWith(particle)) {
        List<EventRule> joined = lexicon.rulesFor(EventRule.Kind.VERB, particle + lemma);
        if (!joined.isEmpty()) {
          return joined;
        }
      }
    }
    return lexicon.rulesFor(EventRule.Kind.VERB, s.word(verb));
  }

  /** A child (with one of the relations, when given) whose lemma is one of the words or ends in one (nouns). */
  private static int childWith(SentenceView s, int head, Set<String> words, Set<String> rels, boolean compounds) {
    for (int c : s.children(head)) {
      if (rels != null && !rels.contains(s.deprel(c)) && !rels.contains(s.baseRel(c))) {
        continue;
      }
      if (matchesWord(s, c, words, compounds)) {
        return c;
      }
    }
    return -1;
  }

  private static boolean matchesWord(SentenceView s, int tok, Set<String> words, boolean compounds) {
    String lemma = s.lemma(tok);
    String word = s.word(tok);
    if (words.contains(lemma) || words.contains(word)) {
      return true;
    }
    boolean noun = s.upos(tok).equals("NOUN") || s.upos(tok).equals("PROPN");
    for (String w : words) {
      // an inflected form the lemmatizer did not know ("Importe", "Menschenrechte"), or a compound ("Wirtschaftssanktionen")
      if (s.grammar().inflected(lemma, w) || s.grammar().inflected(word, w)) {
        return true;
      }
      if (compounds && noun && w.length() >= MIN_COMPOUND_HEAD && (s.grammar().endsWithInflected(lemma, w) || s.grammar().endsWithInflected(word, w))) {
        return true;
      }
    }
    return false;
  }


  private static boolean hasReflexive(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (s.grammar().reflexive(s.xpos(c), s.word(c), s.upos(c))) {
        return true;
      }
    }
    return false;
  }
}
