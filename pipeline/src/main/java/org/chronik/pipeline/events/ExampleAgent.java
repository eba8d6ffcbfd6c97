package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * A passive's agent named only as an example of it: "Von mehreren Rednern, wie zum Beispiel von
 * Vertretern Frankreichs, wurde die Souveränität der Ukraine betont". The parser hangs the example on the
 * verb as a phrase of its {@code EXAMPLE} noun ("zum Beispiel", grammar.tsv) and the agent phrase
 * ({@code AGENT}: von, durch) below that noun, where the verb's own agent slot does not look. Read only
 * when the verb has no agent phrase of its own that names the doer.
 */
final class ExampleAgent {
  private ExampleAgent() {}

  /**
   * The heads of the example agent phrases of {@code verb}, whose own agent phrases are {@code agents}: below
   * an example phrase of the verb ("wie zum Beispiel von X", hung on the verb), or inside one of its agent
   * phrases, marked by the example noun below it ("von mehreren Staaten, wie zum Beispiel von X").
   */
  static List<Integer> of(SentenceView s, int verb, List<Integer> agents) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(verb)) {
      String rel = s.baseRel(c);
      if ((rel.equals("obl") || rel.equals("advmod")) && example(s, c)) {
        out.addAll(Dependents.prepDependents(s, c, s.grammar().all(EventGrammar.Kind.AGENT)));
      }
    }
    for (int agent : agents) {
      for (int c : s.children(agent)) {
        // "wie" may be the phrase's first case marker: "von mehreren Staaten, wie zum Beispiel von Frankreich"
        if (s.baseRel(c).equals("nmod") && s.children(c).stream().anyMatch(g -> example(s, g))
            && s.children(c).stream().anyMatch(g -> s.baseRel(g).equals("case") && s.grammar().is(EventGrammar.Kind.AGENT, s.lemma(g)))) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static boolean example(SentenceView s, int t) {
    return s.grammar().is(EventGrammar.Kind.EXAMPLE, s.lemma(t));
  }
}
