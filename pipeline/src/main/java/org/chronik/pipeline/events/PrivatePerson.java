package org.chronik.pipeline.events;

import java.util.List;
import org.chronik.model.ActorType;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * A private person named by profession with a country word ("ein isländischer Historiker", "eine
 * polnische Politologin", "der französische Journalist"): the country is where that person is from,
 * not the state acting. As an act's source such a phrase gives no country actor; an actor named in the
 * phrase itself (a party, a ministry, a person by name) still acts. The heads are grammar.tsv
 * {@code PRIVATE_PERSON} (a leading "-" also matches compounds: "Militärhistoriker"). Targets keep the
 * country: a state's act on a foreign private person ("verurteilte einen kanadischen Priester") is
 * aimed at that country's people. Stateless.
 */
final class PrivatePerson {
  private PrivatePerson() {}

  /** The source actors found in a slot, without the countries that private persons' phrases name. */
  static List<Arg> stateless(SentenceView s, List<Arg> found) {
    return found.stream().filter(a -> !fromPerson(s, a)).toList();
  }

  private static boolean fromPerson(SentenceView s, Arg a) {
    int t = a.token();
    return t >= 0 && a.actor() != null && a.actor().type() == ActorType.COUNTRY && s.mention(t) == null && named(s, t);
  }

  /** Whether the token's lemma or word is a private person's profession. */
  static boolean named(SentenceView s, int tok) {
    EventGrammar g = s.grammar();
    return g.isOrEndsIn(EventGrammar.Kind.PRIVATE_PERSON, s.lemma(tok)) || g.isOrEndsIn(EventGrammar.Kind.PRIVATE_PERSON, s.word(tok));
  }
}
