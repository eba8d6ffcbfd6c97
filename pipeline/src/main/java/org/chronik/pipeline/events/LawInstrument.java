package org.chronik.pipeline.events;

import java.util.Locale;
import java.util.Set;

/**
 * A state measure told in the passive whose only agent phrase is a law or decree ("Den Vereinen ist es
 * durch das Gesetz verboten, Spenden anzunehmen", "Durch ein Dekret wurden die Zeitungen geschlossen"): the
 * law is the state's instrument, not a doer of its own, so the state of the scene acts (StateScene) though
 * the clause has an agent phrase, an expletive "es" standing for its zu-infinitive, or "sein" as its
 * auxiliary (a stative passive of a verb Voice reads as passive only with "werden"). Law nouns from
 * {@code words/law-instruments.txt}, agent prepositions from grammar.tsv AGENT. Stateless.
 * README "A law as the agent phrase of a state measure (src44)".
 */
final class LawInstrument {
  static final String LAWS = "law-instruments";

  private LawInstrument() {}

  /**
   * The verb's agent phrases are all law nouns, at least one; its patient pronouns, if any, are only an
   * expletive (grammar.tsv EXPLETIVE: "es").
   */
  static boolean by(SentenceView s, int verb, Set<String> laws) {
    boolean law = false;
    for (int c : s.children(verb)) {
      String rel = s.deprel(c);
      if (rel.equals("obl:agent") || rel.startsWith("obl") && s.grammar().is(EventGrammar.Kind.AGENT, s.preposition(c))) {
        if (!laws.contains(s.lemma(c).toLowerCase(Locale.ROOT))) {
          return false; // "durch die Polizei": a doer of its own
        }
        law = true;
      }
      boolean pronoun = (rel.equals("nsubj:pass") || rel.equals("obj") || rel.equals("iobj")) && s.upos(c).equals("PRON");
      if (pronoun && !s.grammar().is(EventGrammar.Kind.EXPLETIVE, s.lemma(c).toLowerCase(Locale.ROOT))) {
        return false; // "deren Verteilung wurde untersagt": someone told of before
      }
    }
    return law;
  }

  /** The verb's passive auxiliary is a STATIVE_AUX ("ist … verboten"): with a law as agent, the law's standing measure. */
  static boolean stative(SentenceView s, int verb) {
    return s.children(verb).stream().anyMatch(c -> s.deprel(c).equals("aux:pass") && s.grammar().is(EventGrammar.Kind.STATIVE_AUX, s.lemma(c)));
  }
}
