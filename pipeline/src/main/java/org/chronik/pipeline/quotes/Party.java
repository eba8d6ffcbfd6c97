package org.chronik.pipeline.quotes;

import org.chronik.model.ActorRef;
import org.chronik.model.Span;

/**
 * A speaker or source as the text names it.
 *
 * @param actor the linked actor, or an unlinked one named by the text, or null for an unresolved pronoun
 * @param span where the text names it
 * @param pronoun true when the text names it by a pronoun ("er", "sie")
 */
record Party(ActorRef actor, Span span, boolean pronoun) {
  Party withActor(ActorRef other) {
    return new Party(other, span, pronoun);
  }
}
