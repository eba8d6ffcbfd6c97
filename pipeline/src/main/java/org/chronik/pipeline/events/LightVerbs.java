package org.chronik.pipeline.events;

import java.util.List;
import java.util.Locale;

/**
 * An act noun carried by a light verb (Funktionsverbgefüge): "nahm Gespräche mit X auf", "kündigte ein
 * Veto gegen X an", "beteiligte sich an dem Krieg gegen X", "kündigte seine Unterstützung auf". The noun
 * sits in the verb's frame — its object (a {@code SUPPORT}, {@code LIGHT_INTENT} or {@code LIGHT_END}
 * verb of grammar.tsv) or the phrase a {@code LIGHT_PHRASE} entry names ("beteiligen+an"); the verb's
 * subject is the noun's agent, whatever noun rule fired, and the verb decides the act's modality: an
 * intent verb announces it, an end verb ends or withdraws it (not told as done), a negated light verb
 * negates it ("beteiligte sich nicht an"). Stateless.
 */
final class LightVerbs {
  private LightVerbs() {}

  /** The light verb whose frame holds the act noun, or -1. */
  static int verb(SentenceView s, int act) {
    int noun = measure(s, act);
    int verb = s.head(noun);
    // "beteiligten sich an dem Krieg", the phrase hung on the reflexive pronoun: the verb's phrase
    boolean onReflexive = verb >= 0 && Dependents.isReflexive(s, verb);
    if (onReflexive) {
      verb = s.head(verb);
    }
    if (verb < 0 || s.isVerbal(noun) || !s.isVerbal(verb)) {
      return -1;
    }
    String lemma = s.lemma(verb);
    if (lemma == null) {
      return -1;
    }
    lemma = lemma.toLowerCase(Locale.ROOT);
    String rel = s.deprel(noun);
    EventGrammar g = s.grammar();
    if (!onReflexive && (rel.equals("obj") || rel.equals("nsubj:pass"))) {
      boolean light = g.is(EventGrammar.Kind.SUPPORT, lemma) || g.is(EventGrammar.Kind.LIGHT_INTENT, lemma)
          || g.is(EventGrammar.Kind.LIGHT_END, lemma);
      return light ? verb : -1;
    }
    String p = s.preposition(noun);
    boolean phrase = s.baseRel(noun).equals("obl") || onReflexive && s.baseRel(noun).equals("nmod");
    if (p != null && phrase && g.is(EventGrammar.Kind.LIGHT_PHRASE, lemma + "+" + p.toLowerCase(Locale.ROOT))) {
      return verb;
    }
    return -1;
  }

  /**
   * The noun that stands in the frame for the act noun: a {@code LIGHT_MEASURE} noun ("Reihe", "Paket",
   * "Welle") the act noun hangs below as genitive, "von" phrase or compound ("beschloss ein Paket von
   * Sanktionen", "kündigte eine Welle der Proteste an"), else the act noun itself.
   */
  private static int measure(SentenceView s, int noun) {
    int head = s.head(noun);
    if (head < 0 || s.isVerbal(head) || !s.grammar().is(EventGrammar.Kind.LIGHT_MEASURE, s.lemma(head))) {
      return noun;
    }
    String rel = s.baseRel(noun);
    String p = s.preposition(noun);
    boolean below = rel.equals("compound") || rel.equals("nmod") && (p == null || p.equalsIgnoreCase("von"));
    return below ? head : noun;
  }

  /**
   * The agents the light verb lends the noun: its subject, or a passive's agent phrase; none for an
   * expletive ("Es kam zu …") or an end verb (the act withdrawn is not told as done).
   */
  static List<Integer> agents(SentenceView s, int noun) {
    int verb = verb(s, noun);
    if (verb < 0 || Occurrence.expletive(s, verb) || ended(s, noun)) {
      return List.of();
    }
    return s.isPassive(verb) ? Dependents.prepDependents(s, verb, s.grammar().all(EventGrammar.Kind.AGENT)) : s.subjects(verb);
  }

  /**
   * "kündigte ein Veto an", "plant eine Offensive": the act is announced or intended. Only the active
   * object: a measure reported as announced ("Die Schließung der Botschaft wurde angekündigt") stays
   * the lexicon's act, as its examples code it; a series or package of acts announced ("Eine Reihe von
   * Sanktionen wurde angekündigt") is still to come in either voice.
   */
  static boolean intended(SentenceView s, int noun) {
    int verb = verb(s, noun);
    int frame = measure(s, noun);
    boolean series = frame != noun && s.deprel(frame).equals("nsubj:pass"); // "eine Reihe von Sanktionen wurde angekündigt": still to come
    return verb >= 0 && (s.deprel(frame).equals("obj") || series) && s.grammar().is(EventGrammar.Kind.LIGHT_INTENT, s.lemma(verb).toLowerCase(Locale.ROOT));
  }

  /**
   * "kündigte seine Unterstützung auf", "beendete die Militärhilfe": the subject ends its own act, which is
   * not told as done. Not an act the noun gives to someone else ("Der Waffenstillstand beendete den
   * russischen Krieg"): that act is real, whoever ends it.
   */
  static boolean ended(SentenceView s, int noun) {
    int verb = verb(s, noun);
    if (verb < 0 || !s.grammar().is(EventGrammar.Kind.LIGHT_END, s.lemma(verb).toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int c : s.children(noun)) {
      String rel = s.baseRel(c);
      if ((rel.equals("amod") || rel.equals("nmod") || rel.equals("compound")) && s.preposition(c) == null && s.mention(c) != null) {
        return false; // its own agent named: "den russischen Krieg", "die Hilfe der EU"
      }
    }
    return true;
  }
}
