package org.chronik.pipeline.events;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * Nameless victims ("vier Menschen", "Zivilisten") whose country the actors stage took only from the
 * article's focus country, in an agentless act of force whose agent came from the act of force told
 * just before ("Militante beschossen Israel mit Raketen. Dabei wurden vier Menschen getötet"): they are
 * the people of the side that act struck, not of the focus country. Only the same group of people
 * moves to the struck side's country; a victim named by its own country or place stays. Per document.
 */
final class StruckPeople {
  private final Discourse discourse;
  private final ImplicitActors implicit;

  StruckPeople(Discourse discourse, ImplicitActors implicit) {
    this.discourse = discourse;
    this.implicit = implicit;
  }

  /** The targets, a focus-guessed group among them moved to the country of the act just before by {@code agent}. */
  List<Arg> apply(SentenceView s, Discourse.Reach reach, String code, ActorRef agent, List<Arg> targets) {
    Discourse.Act act = discourse.act(s.sentence.index(), reach, implicit.agentFrom(code));
    if (act == null || !Sides.same(act.source(), agent) || act.target().country() == null || act.target().country().length() != 3) {
      return targets;
    }
    String struck = act.target().country();
    return targets.stream().map(a -> {
      Mention m = a.token() < 0 ? null : s.anyMention(a.token());
      ActorRef t = a.actor();
      boolean guessed = m != null && m.countryFromFocus() && t.type() == ActorType.GROUP && t.country() != null
          && !struck.equals(t.country()) && !struck.equals(agent.country()) && t.id().endsWith(":" + t.country());
      String id = guessed ? t.id().substring(0, t.id().length() - t.country().length()) + struck : null;
      return guessed ? new Arg(new ActorRef(id, t.name(), t.type(), struck, t.sector(), t.role()), a.token(), a.from()) : a;
    }).toList();
  }
}
