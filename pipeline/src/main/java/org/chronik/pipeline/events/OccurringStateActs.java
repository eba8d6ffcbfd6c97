package org.chronik.pipeline.events;

/**
 * A state act named by a noun and told only as something that happened: "Vereinzelt kam es zu
 * Verhaftungen", "Am Rande kam es zu Rangeleien und zu 37 Festnahmen", "Es gab zahlreiche Festnahmen".
 * The expletive of the occurrence verb (class Occurrence) is no agent; as for an agentless passive ("Dutzende
 * wurden festgenommen"), an analyst codes the authorities of the country where it happened. Only for
 * codes whose implicit agent is the state and which fall on the scene's people or the country itself
 * (codebooks/implicit-actors.tsv: arrests, sentences, a state of emergency); the caller picks the
 * authority (authorities.tsv, by the noun) and whom the act falls on. Stateless.
 */
final class OccurringStateActs {
  private OccurringStateActs() {}

  /**
   * Whether the act noun is told happening by an expletive occurrence verb: it hangs on the verb ("kam es
   * zu Verhaftungen"), stands beside the expletive ("Es gab Festnahmen"), or is a later conjunct of such a
   * noun ("zu Rangeleien und zu 37 Festnahmen"), whatever the first conjunct names.
   */
  static boolean told(SentenceView s, int noun) {
    return verb(s, noun) >= 0;
  }

  /**
   * The expletive occurrence verb that tells the act noun happened ({@link #told}), or -1. Its negation is the
   * noun's: "Es kam nicht zu Verhaftungen" tells no arrest (read by ModalityDetector).
   */
  static int verb(SentenceView s, int noun) {
    int first = noun;
    while (s.baseRel(first).equals("conj") && s.head(first) >= 0) {
      first = s.head(first);
    }
    int verb = s.head(first);
    return (Occurrence.told(s, first) || Occurrence.holds(s, first)) && !share(s, verb) ? verb : -1;
  }

  /**
   * Whether the occurrence verb tells how often, by a phrase of a {@code SHARE} word (grammar.tsv): "kam es in
   * zwölf Prozent der Fälle zu Festnahmen" is a statistic of many cases, no act.
   */
  private static boolean share(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (s.baseRel(c).equals("obl") && s.grammar().is(EventGrammar.Kind.SHARE, s.word(c))) {
        return true;
      }
    }
    return false;
  }
}
