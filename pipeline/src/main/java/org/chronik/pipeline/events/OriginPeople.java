package org.chronik.pipeline.events;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;

/** A country named only as where an unnamed person comes from, as the target of a state act on a person. */
final class OriginPeople {
  private OriginPeople() {}

  /**
   * The targets of a state act on a person (codebooks/scene-people.tsv), where a country named only as
   * where an unnamed person comes from ("Der Schlepper aus Ungarn wurde festgenommen": an
   * ORIGIN_PREPOSITION phrase on a noun that names no actor) stands for that country's people, not the
   * state; an office or body the actors stage names ("der Botschafter aus Ungarn") is itself.
   */
  static List<ArgumentFinder.Arg> apply(StateScene scene, SentenceView s, String code, List<ArgumentFinder.Arg> targets) {
    return targets.stream().map(a -> {
      if (a.token() < 0 || a.actor().type() != ActorType.COUNTRY || !fromOrigin(s, a.token(), a.actor().country())) {
        return a;
      }
      ActorRef people = scene.onWhom(code, a.actor().country());
      return people.type() == ActorType.GROUP ? new ArgumentFinder.Arg(people, a.token(), a.from()) : a;
    }).toList();
  }

  /** The token (the country's own, or the noun it hangs on) is a noun naming no actor with an origin phrase of that country. */
  private static boolean fromOrigin(SentenceView s, int token, String country) {
    int noun = s.anyMention(token) != null && country.equals(s.anyMention(token).actor().country()) ? s.head(token) : token;
    if (noun < 0 || !s.upos(noun).equals("NOUN") || s.anyMention(noun) != null && s.anyMention(noun).actor() != null
        && s.anyMention(noun).actor().type() != ActorType.COUNTRY) {
      return false;
    }
    for (int c : s.children(noun)) {
      Mention m = s.anyMention(c);
      String p = s.preposition(c);
      if (m != null && m.actor() != null && country.equals(m.actor().country()) && m.actor().type() == ActorType.COUNTRY
          && p != null && s.grammar().is(EventGrammar.Kind.ORIGIN_PREPOSITION, p)) {
        return true;
      }
    }
    return false;
  }
}
