package org.chronik.pipeline.actors;

import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.pipeline.actors.SurfaceIndex.Match;

/**
 * The owner of an office or group named with a possessive or relative word (function-words.tsv:
 * "sein Ministerpräsident", "dessen Außenminister", "ihre Regierung"): the most recent actor before
 * the word, in its sentence or the one before, that belongs to a state (a country, or a person or
 * organisation of one). Places, plural references and compound parts do not own.
 */
final class Possessor {
  /** The owner and the state it belongs to. */
  record Found(ActorRef ref, String country) {}

  private final LinkContext doc;

  Possessor(LinkContext doc) {
    this.doc = doc;
  }

  /** The owner when the word right before {@code m} (same sentence) is a possessive, else null. */
  Found before(Match m) {
    int i = m.from() - 1;
    if (i < 0 || doc.pieces.get(i).sentence() != doc.sentence(m) || !doc.language.possessives.contains(doc.word(i))) {
      return null;
    }
    Piece word = doc.pieces.get(i);
    Mention owner = doc.out.lastBefore(word.begin(), word.sentence() - 1, mention -> owns(mention));
    return owner == null ? null : new Found(owner.actor(), owner.actor().country());
  }

  private boolean owns(Mention m) {
    ActorRef ref = m.actor();
    return ref.type() != ActorType.LOCATION && ref.type() != ActorType.GROUP && !m.kind().equals("PLURAL") && doc.isState(ref.country());
  }
}
