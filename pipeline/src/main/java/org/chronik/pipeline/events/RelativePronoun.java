package org.chronik.pipeline.events;

/**
 * The noun a relative pronoun stands for, read from the tree ({@link SentenceView#antecedent}), with
 * one repair: a relative clause follows its noun, so where the parser hung it on a word further up that
 * names no actor of its own ("Schüsse über den deutschen Kriegsschiffen, die …" on "Schüsse"; "Ein
 * Antrag kam auf dem Treffen der WHO von Brasilien, das …" on "kam" or on "Treffen", whose actor is
 * only the WHO of its phrase), the noun or name of the prepositional phrase right before the comma is
 * the antecedent when it names an actor and agrees in number with the pronoun.
 */
final class RelativePronoun {
  private RelativePronoun() {}

  /** The antecedent of the pronoun at {@code pronoun}; -1 when it is no relative pronoun. */
  static int antecedent(SentenceView s, int pronoun) {
    int parsed = s.antecedent(pronoun);
    // the parser's noun names an actor of its own, or (through its phrase) one the name right before the comma does not
    if (parsed < 0 || s.mention(parsed) != null || ActorPhrase.actorOf(s, parsed) != null && s.mention(pronoun - 2) == null) {
      return parsed;
    }
    int extraposed = extraposed(s, pronoun, parsed);
    if (extraposed >= 0) {
      return extraposed;
    }
    int noun = pronoun - 2;
    boolean nominal = noun >= 0 && (s.upos(noun).equals("NOUN") || s.upos(noun).equals("PROPN"));
    if (noun <= parsed || !s.upos(pronoun - 1).equals("PUNCT") || !nominal || s.preposition(noun) == null
        || !ActorPhrase.dominates(s, parsed, noun) || ActorPhrase.actorOf(s, noun) == null) {
      return parsed;
    }
    boolean plural = s.plural(pronoun);
    return plural == s.plural(noun) ? noun : parsed;
  }

  /**
   * A relative clause moved after its clause's final verb ("Er wurde von General X empfangen, der …")
   * or after the particle of a separable verb ("Die Polizei ging gegen Studenten vor, die …"), which the
   * parser hangs on that verb: the antecedent is the verb's phrase right before it (a noun with its
   * attached phrase, "Studenten in Ankara", counts as one), when that phrase names an actor and agrees
   * in number with the pronoun; -1 otherwise.
   */
  private static int extraposed(SentenceView s, int pronoun, int verb) {
    int closing = pronoun - 2;
    boolean particle = closing > verb + 1 && s.deprel(closing).equals("compound:prt") && s.head(closing) == verb;
    if (verb != closing && !particle || !s.isVerbal(verb) || !s.upos(pronoun - 1).equals("PUNCT") || verb < 1) {
      return -1;
    }
    int phrase = closing - 1;
    while (attached(s, phrase, particle) && s.head(phrase) >= 0 && s.head(phrase) < phrase) {
      phrase = s.head(phrase); // "von Abu Mahdi al-Muhandis", "von Präsident Macron": the phrase's first word heads it
    }
    boolean nominal = s.upos(phrase).equals("NOUN") || s.upos(phrase).equals("PROPN");
    if (!nominal || s.head(phrase) != verb || ActorPhrase.actorOf(s, phrase) == null) {
      return -1;
    }
    return s.plural(pronoun) == s.plural(phrase) ? phrase : -1;
  }

  /** A word inside the phrase its head opens: a name's later part, an apposition, after a particle also a noun's phrase. */
  private static boolean attached(SentenceView s, int word, boolean particle) {
    String rel = s.baseRel(word);
    return rel.equals("flat") || rel.equals("appos") || particle && rel.equals("nmod");
  }
}
