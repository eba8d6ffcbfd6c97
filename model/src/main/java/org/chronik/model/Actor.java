package org.chronik.model;

import java.util.List;

/** One distinct actor of a document with the spans of all its mentions. */
public record Actor(ActorRef ref, List<Span> mentions) {
  public Actor {
    mentions = List.copyOf(mentions);
  }

  public String name() {
    return ref.name();
  }
}
