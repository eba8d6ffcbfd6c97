package org.chronik.pipeline.events;

import java.util.Set;

/**
 * The conditions a rule may set at its trigger, read from the parse: a required object
 * ({@code obj=}), a dependent or case marker ({@code dep=}, {@code unless=}) and a reflexive pronoun.
 */
final class RuleConditions {
  /** The UD relation of an active clause's subject (a passive's is nsubj:pass). */
  private static final String ACTIVE_SUBJECT = "nsubj";

  /** The shortest head a noun compound may match by ("Wirtschaftssanktion" → "sanktion"). */
  static final int MIN_COMPOUND_HEAD = 4;

  private RuleConditions() {}

  /** Relations an object may carry in the German model's parses (datives are "obl:arg"). */
  private static final Set<String> OBJECT_RELS = Set.of("obj", "nsubj:pass", "iobj", "obl:arg", "obl");

  /** The object with one of the words, also when the parser hung it flat below another object. */
  static int objectWith(SentenceView s, int verb, Set<String> words) {
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
  static int markerBelow(SentenceView s, int head, Set<String> words) {
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
  static int dependentWith(SentenceView s, int head, Set<String> words) {
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

  /** The subject (active or passive), when it is one of the words or a compound ending in one ({@code nosubj=}). */
  static int subjectWith(SentenceView s, int head, Set<String> words) {
    return childWith(s, head, words, Set.of(ACTIVE_SUBJECT), true);
  }

  /**
   * The trigger's doer when it is one of the words or a compound ending in one ({@code subj=}): the
   * active subject, or for a passive, also one told in short by a bare participle ({@link AgentParticiple}:
   * "unterstützt durch Luftangriffe der USA"), the head of its agent phrase ("von Raketen getroffen"); else -1.
   */
  static int doerWith(SentenceView s, int verb, Set<String> words) {
    if (!s.isPassive(verb) && !AgentParticiple.is(s, verb)) {
      java.util.List<Integer> doers = new java.util.ArrayList<>(s.subjects(verb));
      doers.addAll(CountedCrowd.of(s, verb)); // "versammelten sich Tausende von Demonstranten", the crowd hung on the verb
      doers.addAll(doers.stream().flatMap(c -> CountedCrowd.members(s, c).stream()).toList()); // "Hunderte Mönche" with the count as head
      return doers.stream().filter(c -> matchesOwnWord(s, c, words, true)).findFirst().orElse(-1);
    }
    for (int c : s.children(verb)) {
      String p = s.preposition(c);
      if (p != null && s.grammar().is(EventGrammar.Kind.AGENT, p) && matchesOwnWord(s, c, words, true)) {
        return c;
      }
    }
    return -1;
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

  /**
   * The word a condition reads at a token: for a relative pronoun the noun it stands for ("die Raketen,
   * die auf Israel abgefeuert wurden": the object of "abfeuern" is "Raketen"), else the token itself.
   */
  static int wordAt(SentenceView s, int tok) {
    int noun = relativeAntecedent(s, tok);
    return noun >= 0 ? noun : tok;
  }

  /**
   * The noun a relative pronoun of an active clause stands for, or -1. A passive relative clause with
   * no agent ("der Kritik, die an Polen geübt wurde") names a thing done by someone untold: it is
   * background, and an agent guessed from the sentences before would be a guess.
   */
  private static int relativeAntecedent(SentenceView s, int tok) {
    return s.deprel(tok).equals("nsubj:pass") ? -1 : s.antecedent(tok);
  }

  /**
   * The noun right before the comma that opens a relative pronoun's clause, where the parser hung the
   * clause on a noun further up ("die Zahl der Raketen, die … abgefeuert wurden" on "Zahl"), or -1.
   */
  static int nounBeforeComma(SentenceView s, int tok) {
    int noun = tok - 2;
    boolean nominal = noun >= 0 && (s.upos(noun).equals("NOUN") || s.upos(noun).equals("PROPN"));
    int parsed = relativeAntecedent(s, tok);
    return parsed >= 0 && parsed != noun && nominal && s.upos(tok - 1).equals("PUNCT") ? noun : -1;
  }

  private static boolean matchesWord(SentenceView s, int at, Set<String> words, boolean compounds) {
    int before = nounBeforeComma(s, at);
    return matchesOwnWord(s, wordAt(s, at), words, compounds) || before >= 0 && matchesOwnWord(s, before, words, compounds);
  }

  /** The token is one of the words, an inflected form of one, or a noun compound ending in one. */
  static boolean isWord(SentenceView s, int tok, Set<String> words) {
    return matchesOwnWord(s, tok, words, true);
  }

  private static boolean matchesOwnWord(SentenceView s, int tok, Set<String> words, boolean compounds) {
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
      if (compounds && noun && w.length() >= MIN_COMPOUND_HEAD && !s.grammar().ownSense(lemma, word)
          && (compoundOf(s, lemma, w) || compoundOf(s, word, w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of the longest of the words a token's lemma or form ends in ("Korruptionsanklagen" ends
   * in "Anklage" and in "Klage": 7), or 0.
   */
  static int longestHead(SentenceView s, int at, Set<String> words) {
    int tok = wordAt(s, at);
    int best = 0;
    for (String w : words) {
      if (w.length() > best && (compoundOf(s, s.lemma(tok), w) || compoundOf(s, s.word(tok), w))) {
        best = w.length();
      }
    }
    return best;
  }

  /** {@code form} is a compound ending in {@code head} ("Wirtschaftssanktionen"), not a derivation that only ends like it ("Gemeinschaft"). */
  private static boolean compoundOf(SentenceView s, String form, String head) {
    return s.grammar().endsWithInflected(form, head) && !s.grammar().derivedNotCompound(form, head);
  }

  static boolean hasReflexive(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (s.grammar().reflexive(s.xpos(c), s.word(c), s.upos(c))) {
        return true;
      }
    }
    return false;
  }
}
