package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronik.pipeline.attribution.Morphology;

/**
 * The agent of an act noun told with a participle of a support verb in front of it: "die von
 * Russland verhängten Sanktionen", "die vom Premier eingebrachten Vorschläge", "der von der EU
 * erhobenen Forderung". The participle's agent phrase ({@code AGENT}: von, durch) made the act, as
 * the subject of the same verb does in "Russland verhängte Sanktionen" (a head.nsubj slot). Only a
 * support verb (grammar.tsv {@code SUPPORT}) lends its agent: "die von Russland kritisierten
 * Sanktionen" are not Russia's.
 */
final class AttributiveAgent {
  private AttributiveAgent() {}

  /** The heads of the agent phrases of the noun's support-verb participles; empty when it has none. */
  static List<Integer> of(SentenceView s, int noun, Morphology morphology) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(noun)) {
      if (s.baseRel(c).equals("amod") && s.grammar().isTag(EventGrammar.Kind.PARTICIPLE_TAG, s.xpos(c)) && support(s, c, morphology)) {
        out.addAll(Dependents.prepDependents(s, c, s.grammar().all(EventGrammar.Kind.AGENT)));
      }
    }
    return out;
  }

  /** The participle's verb is a support verb; the lexicon knows the verb of its uninflected form ("eingeleitet" → "einleiten"). */
  private static boolean support(SentenceView s, int participle, Morphology morphology) {
    return Stream.of(s.token(participle).text(), s.lemma(participle))
        .flatMap(form -> morphology.verbLemmas(form).stream())
        .anyMatch(v -> s.grammar().is(EventGrammar.Kind.SUPPORT, v));
  }
}
