package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.Actor;
import org.chronik.model.ActorRef;

/** The actors of a set of documents with how often and in how many documents each is mentioned. */
public final class ActorCounts {
  /** One actor over all documents; {@code ref} is as of the last document added. */
  public record Count(ActorRef ref, int mentions, int documents) {}

  private final Map<String, Count> counts = new LinkedHashMap<>();

  /** Adds one document's actors. */
  public void add(List<Actor> actors) {
    for (Actor actor : actors) {
      Count old = counts.get(actor.ref().id());
      int mentions = actor.mentions().size() + (old == null ? 0 : old.mentions());
      int documents = 1 + (old == null ? 0 : old.documents());
      counts.put(actor.ref().id(), new Count(actor.ref(), mentions, documents));
    }
  }

  /** Most mentioned first; ties by name. */
  public List<Count> sorted() {
    List<Count> list = new ArrayList<>(counts.values());
    list.sort(Comparator.comparingInt(Count::mentions).reversed().thenComparing(c -> c.ref().name()));
    return list;
  }
}
