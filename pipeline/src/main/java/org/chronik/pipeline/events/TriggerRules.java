package org.chronik.pipeline.events;

import java.util.List;

/**
 * The rules a token may trigger: those of its lemma, for a noun compound those of its longest known
 * head, and for a verb those of the verb its separable particle makes where the parser hung the
 * particle on the wrong word.
 */
final class TriggerRules {
  private TriggerRules() {}

  static List<EventRule> of(EventLexicon lexicon, EventRule.Kind kind, SentenceView s, int i) {
    return kind == EventRule.Kind.VERB ? verb(lexicon, s, i) : noun(lexicon, s, i);
  }

  /** A noun compound ("Wirtschaftssanktion") falls back to its longest known head. */
  private static List<EventRule> noun(EventLexicon lexicon, SentenceView s, int i) {
    List<EventRule> direct = lexicon.rulesFor(EventRule.Kind.NOUN, s.lemma(i));
    if (!direct.isEmpty()) {
      return direct;
    }
    String lemma = s.lemma(i);
    if (s.grammar().ownSense(lemma, s.word(i))) {
      return List.of(); // "Wahlkampf" is no "Kampf"
    }
    for (int start = 1; start <= lemma.length() - RuleConditions.MIN_COMPOUND_HEAD; start++) {
      List<EventRule> r = lexicon.rulesFor(EventRule.Kind.NOUN, lemma.substring(start));
      if (!r.isEmpty() && !s.grammar().derivedNotCompound(lemma, lemma.substring(start))) {
        return r;
      }
    }
    return lexicon.rulesFor(EventRule.Kind.NOUN, s.word(i));
  }

  /**
   * The parser sometimes hangs a separable particle on the wrong word ("telefoniert mit X – China
   * sichert Y Unterstützung zu" gives "zutelefonieren" and "sichern"; "griff die Stadt an" may hang
   * "an" on the noun). A later particle of this verb's clause that makes a known verb is joined first,
   * before the bare verb's own rules, so that idioms on a base verb ("zu den Waffen greifen") do not
   * hide the particle verb ("angreifen"); else the lemma's rules; else a particle that makes no known
   * verb is undone.
   */
  private static List<EventRule> verb(EventLexicon lexicon, SentenceView s, int verb) {
    List<EventRule> joined = borrowedParticle(lexicon, s, verb);
    if (!joined.isEmpty()) {
      return joined;
    }
    List<EventRule> direct = lexicon.rulesFor(EventRule.Kind.VERB, s.lemma(verb));
    if (!direct.isEmpty()) {
      return direct;
    }
    List<EventRule> bare = undoneParticle(lexicon, s, verb);
    return bare.isEmpty() ? lexicon.rulesFor(EventRule.Kind.VERB, s.word(verb)) : bare;
  }

  /**
   * A particle after the verb, hung elsewhere, that makes a known verb with it. With no verb between
   * them it closes this verb's clause; with one between it may be that verb's own ("griff zu den
   * Waffen und kündigte Vergeltung an"), which counts only when the bare verb has no rules of its own.
   */
  private static List<EventRule> borrowedParticle(EventLexicon lexicon, SentenceView s, int verb) {
    String lemma = s.lemma(verb);
    boolean bareKnown = !lexicon.rulesFor(EventRule.Kind.VERB, lemma).isEmpty();
    for (int i = verb + 1; i < s.size(); i++) {
      if (!s.deprel(i).equals("compound:prt") || s.head(i) == verb || lemma.startsWith(s.word(i))) {
        continue;
      }
      List<EventRule> joined = lexicon.rulesFor(EventRule.Kind.VERB, s.word(i) + lemma);
      if (!joined.isEmpty() && (!bareKnown || !verbBetween(s, verb, i))) {
        return joined;
      }
    }
    return List.of();
  }

  private static boolean verbBetween(SentenceView s, int from, int to) {
    for (int t = from + 1; t < to; t++) {
      if (s.upos(t).equals("VERB") || s.upos(t).equals("AUX")) {
        return true;
      }
    }
    return false;
  }

  /** A particle on this verb that makes no known verb, where the verb without it is known. */
  private static List<EventRule> undoneParticle(EventLexicon lexicon, SentenceView s, int verb) {
    String lemma = s.lemma(verb);
    for (int i = 0; i < s.size(); i++) {
      String particle = s.word(i);
      if (s.deprel(i).equals("compound:prt") && s.head(i) == verb && lemma.startsWith(particle)) {
        List<EventRule> bare = lexicon.rulesFor(EventRule.Kind.VERB, lemma.substring(particle.length()));
        if (!bare.isEmpty()) {
          return bare;
        }
      }
    }
    return List.of();
  }
}
