package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Mention;

/**
 * The further actors of a phrase whose actor is named inside it, coordinated there: "Vertreter von
 * Frankreich und Deutschland", "Soldaten der USA und Großbritanniens", "von Diplomaten aus Frankreich und
 * Großbritannien verurteilt". The phrase's actor is a name in its genitive or prepositional modifier (or in
 * that modifier's apposition: "die Grenzgebiete der Nachbarstaaten Benin, Niger und Tschad"), and each name
 * coordinated with that one is an actor of its own, so the act is each country's. The head may name an
 * actor of its own only when that mention is built on the genitive ("die Außenminister des Irans und
 * Syriens": a title of the first name). A modifier the actor phrase does not take ({@code PHRASE}
 * prepositions and genitives only) adds nothing.
 */
final class NestedConjuncts {
  private NestedConjuncts() {}

  /** The mentions coordinated with {@code found}, the actor named in a modifier of {@code head}; empty when there are none. */
  static List<Mention> of(SentenceView s, int head, Mention found) {
    List<Mention> out = new ArrayList<>();
    Mention own = s.mention(head);
    if (own != null && own != found) {
      return out;
    }
    for (int c : s.children(head)) {
      if (!s.baseRel(c).equals("nmod")) {
        continue;
      }
      String p = s.preposition(c);
      if (p != null && !s.grammar().is(EventGrammar.Kind.PHRASE, p)) {
        continue;
      }
      for (int name : names(s, c, own == null)) {
        if (s.mention(name) != found) {
          continue; // a title over the head covers its genitive: "Außenminister des Irans" is one mention
        }
        for (int g : s.children(name)) {
          Mention m = s.mention(g);
          if (s.baseRel(g).equals("conj") && m != null && m != found && m.actor() != null && m.actor().country() != null
              && !out.contains(m)) {
            out.add(m);
          }
        }
      }
    }
    return out;
  }

  /** The modifier itself and, when the head names no actor, the names in its apposition ("der Nachbarländer Kamerun, …"). */
  private static List<Integer> names(SentenceView s, int modifier, boolean appositions) {
    List<Integer> out = new ArrayList<>(List.of(modifier));
    if (appositions && s.mention(modifier) == null) {
      for (int a : s.children(modifier)) {
        if (s.baseRel(a).equals("appos")) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /**
   * True when {@code apposition}, hung on a head whose phrase names another actor, opens a list of other
   * actors ("die Außenminister Russlands, der Türkei und Irans", "die Botschafter Japans, der USA und
   * Kanadas", the parser taking the second name for an apposition of the head): it is a conjunct, not a
   * second name of the head. An apposition without
   * conjuncts ("Merkel, die Kanzlerin,") or naming the head's own actor is none.
   */
  static boolean opensList(SentenceView s, int head, int apposition) {
    Mention own = ActorPhrase.actorOf(s, head);
    Mention m = s.mention(apposition);
    if (own == null || m == null || m == own || m.actor().id().equals(own.actor().id()) || !s.baseRel(apposition).equals("appos")) {
      return false;
    }
    return s.children(apposition).stream().anyMatch(c -> s.baseRel(c).equals("conj") && s.mention(c) != null);
  }
}
