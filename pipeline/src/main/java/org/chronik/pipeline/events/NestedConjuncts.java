package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Mention;

/**
 * The further actors of a phrase whose actor is named inside it, coordinated there: "Vertreter von
 * Frankreich und Deutschland", "Soldaten der USA und Großbritanniens", "von Diplomaten aus Frankreich und
 * Großbritannien verurteilt". The head noun names no actor of its own; the phrase's actor is a name in its
 * genitive or prepositional modifier, and each name coordinated with that one is an actor of its own, so
 * the act is each country's. A modifier the actor phrase does not take ({@code PHRASE} prepositions and
 * genitives only) adds nothing.
 */
final class NestedConjuncts {
  private NestedConjuncts() {}

  /** The mentions coordinated with {@code found}, the actor named in a modifier of {@code head}; empty when there are none. */
  static List<Mention> of(SentenceView s, int head, Mention found) {
    List<Mention> out = new ArrayList<>();
    if (s.mention(head) != null) {
      return out;
    }
    for (int c : s.children(head)) {
      if (!s.baseRel(c).equals("nmod") || s.mention(c) != found) {
        continue;
      }
      String p = s.preposition(c);
      if (p != null && !s.grammar().is(EventGrammar.Kind.PHRASE, p)) {
        continue;
      }
      for (int g : s.children(c)) {
        Mention m = s.mention(g);
        if (s.baseRel(g).equals("conj") && m != null && m != found && m.actor() != null && m.actor().country() != null) {
          out.add(m);
        }
      }
    }
    return out;
  }
}
