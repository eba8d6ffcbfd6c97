package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * States that vote against, or veto, in a body's vote without the sentence naming the body ("Die drei
 * Gegenstimmen kamen von Kuba, Bolivien und Nicaragua", "Russland legte sein Veto ein") reject the
 * body whose vote it is: the intergovernmental organisation the article has named most up to that
 * sentence (ties: the one named last). Only for a rule whose trigger or condition word is a
 * {@code VOTE} word of grammar.tsv, whose sources are all states (a country or its government: a
 * party voting against a bill in a parliament is no state rejecting an IGO) and which found no
 * target. An article that names no IGO gives none. One instance per document: it counts the IGO
 * mentions of the sentences it has seen.
 */
final class VotingBody {
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, Integer> lastSeen = new HashMap<>();
  private final Map<String, ActorRef> actors = new HashMap<>();
  private int order;

  /** Counts the IGO mentions of a sentence; called for every sentence in text order, before it is coded. */
  void saw(SentenceView s) {
    Set<Mention> seen = new HashSet<>();
    for (int i = 0; i < s.size(); i++) {
      Mention m = s.mention(i);
      if (m == null || !seen.add(m) || m.actor() == null || !igo(m.actor())) {
        continue;
      }
      String key = m.actor().country();
      counts.merge(key, 1, Integer::sum);
      lastSeen.put(key, ++order);
      actors.put(key, m.actor());
    }
  }

  /** The body the sources voted against, or null. */
  Arg body(SentenceView s, int trigger, RuleMatcher.Match match, List<Arg> sources) {
    if (sources.isEmpty() || !vote(s, trigger, match) || !sources.stream().allMatch(a -> state(a.actor()))) {
      return null;
    }
    String best = null;
    for (String key : counts.keySet()) {
      if (best == null || counts.get(key) > counts.get(best)
          || counts.get(key).equals(counts.get(best)) && lastSeen.get(key) > lastSeen.get(best)) {
        best = key;
      }
    }
    return best == null ? null : new Arg(actors.get(best), -1, org.chronik.model.ArgumentSource.IMPLICIT);
  }

  private static boolean vote(SentenceView s, int trigger, RuleMatcher.Match match) {
    for (int tok : new int[] {trigger, match.anchor(), match.extra()}) {
      if (tok >= 0 && (s.grammar().isOrEndsIn(EventGrammar.Kind.VOTE, s.lemma(tok)) || s.grammar().isOrEndsIn(EventGrammar.Kind.VOTE, s.word(tok)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean igo(ActorRef a) {
    return a.type() == ActorType.IGO && a.country() != null && a.country().startsWith("IGO.");
  }

  /** A country, or a state's government, as a voting member. */
  private static boolean state(ActorRef a) {
    return a.country() != null && !a.country().startsWith("IGO.")
        && (a.type() == ActorType.COUNTRY || "GOV".equals(a.sector()) && a.type() != ActorType.PERSON);
  }
}
