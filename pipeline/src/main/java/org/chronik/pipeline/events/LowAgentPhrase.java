package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The agent phrase of a passive the parser hung low, on a noun of the clause instead of the participle:
 * "dass die Raketenangriffe auf die Botschaft von Kämpfern der Miliz ausgeführt wurden" reads "von Kämpfern"
 * as a modifier of "Botschaft", yet it names who carried out the attacks. An {@code AGENT} phrase (von,
 * durch) below the passive's subject or one of its obliques, right before the participle (nothing between but punctuation, adverbs and the verb's own
 * adverbial phrases headed by no name: "von einem Richter am Gericht bereits zum ersten Mal vernommen"),
 * naming an actor, is the verb's agent when the verb has none of its own, and then
 * it is no part of the patient's phrase. A "von" phrase is often a genitive in disguise ("die Souveränität
 * von Libyen betont", "der Nachfolger von Pröll"), so it counts only when it cannot be one: its noun has a
 * determiner ("von der Armee": a genitive would be "der Armee"), or the verb is a {@code SUPPORT} verb and
 * the noun a common noun ("von Anhängern der Miliz ausgeführt"; a bare name stays a genitive: "Gespräche mit
 * Vertretern von Russland geführt").
 */
final class LowAgentPhrase {
  private static final List<String> HOSTS = List.of("nsubj:pass", "obl", "obj");

  private LowAgentPhrase() {}

  /** The heads of the agent phrases hung low in the passive clause of {@code verb}; empty when it has one of its own. */
  static List<Integer> of(SentenceView s, int verb) {
    List<Integer> out = new ArrayList<>();
    if (!s.isPassive(verb) || !Dependents.prepDependents(s, verb, s.grammar().all(EventGrammar.Kind.AGENT)).isEmpty()) {
      return out;
    }
    for (int c : s.children(verb)) {
      if (c < verb && HOSTS.contains(s.deprel(c))) {
        collect(s, verb, c, out, 0);
      }
    }
    return out;
  }

  /** True when {@code t} lies inside an agent phrase hung low on {@code head}'s phrase: no part of the patient. */
  static boolean inside(SentenceView s, int head, int t) {
    int verb = s.head(head);
    if (verb < 0 || !HOSTS.contains(s.deprel(head))) {
      return false;
    }
    for (int agent : of(s, verb)) {
      if (agent != head && ActorPhrase.dominates(s, head, agent) && ActorPhrase.dominates(s, agent, t)) {
        return true;
      }
    }
    return false;
  }

  private static void collect(SentenceView s, int verb, int host, List<Integer> out, int depth) {
    if (depth > 4) {
      return;
    }
    for (int m : s.children(host)) {
      String rel = s.baseRel(m);
      if (rel.equals("nmod") && agent(s, verb, m)) {
        out.add(m);
      } else if (rel.equals("nmod") || rel.equals("conj")) {
        collect(s, verb, m, out, depth + 1);
      }
    }
  }

  private static boolean agent(SentenceView s, int verb, int m) {
    String p = s.preposition(m);
    if (p == null || !s.grammar().is(EventGrammar.Kind.AGENT, p) || end(s, m) >= verb || !adverbialsUpTo(s, end(s, m) + 1, verb)
        || ActorPhrase.actorOf(s, m) == null) {
      return false;
    }
    return determined(s, m) || s.upos(m).equals("NOUN") && s.grammar().is(EventGrammar.Kind.SUPPORT, s.lemma(verb));
  }

  private static boolean determined(SentenceView s, int m) {
    return s.children(m).stream().anyMatch(c -> s.baseRel(c).equals("det") && s.upos(c).equals("DET"));
  }

  /** The last token of the phrase {@code m} heads. */
  private static int end(SentenceView s, int m) {
    int last = m;
    for (int c : s.children(m)) {
      last = Math.max(last, end(s, c));
    }
    return last;
  }

  /** True when every token from {@code from} to before {@code verb} is punctuation, an adverb or in an adverbial phrase of the verb that is no name. */
  private static boolean adverbialsUpTo(SentenceView s, int from, int verb) {
    for (int i = from; i < verb; i++) {
      if (!s.upos(i).equals("PUNCT") && !s.upos(i).equals("ADV") && !inAdverbial(s, verb, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean inAdverbial(SentenceView s, int verb, int t) {
    for (int c : s.children(verb)) {
      String rel = s.baseRel(c);
      String p = s.preposition(c); // no name, no agent phrase: "zum ersten Mal", "am Abend" (an actor test here would recurse)
      if ((rel.equals("obl") || rel.equals("advmod")) && !s.upos(c).equals("PROPN") && (p == null || !s.grammar().is(EventGrammar.Kind.AGENT, p))
          && ActorPhrase.dominates(s, c, t)) {
        return true;
      }
    }
    return false;
  }
}
