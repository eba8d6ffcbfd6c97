package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * A first or last name alone: the person whose full name the document has (most recent first);
 * else a last name that only one person in the dictionary has, when the tagger calls it a name.
 */
final class ShortNames {
  private final LinkContext doc;

  ShortNames(LinkContext doc) {
    this.doc = doc;
  }

  /** Links the short name at {@code m}; false when it stays unlinked. */
  boolean link(Match m) {
    if (doc.inCompound(m)) {
      return false;
    }
    ActorRef recent = doc.out.last(ref -> m.targets().stream().anyMatch(t -> t.kind() == Kind.SHORT_NAME && t.key().equals(ref.name())));
    String person = recent != null ? recent.name() : null;
    for (Target t : m.targets()) {
      if (person == null && t.kind() == Kind.SHORT_NAME && doc.documentPersons.contains(t.key())) {
        person = t.key();
      }
    }
    Piece p = doc.first(m);
    boolean lastName = person == null && m.targets().size() == 1 && p.tagged() && p.taggedName()
        && isLastName(m.target().key(), p.text()) && !taggedFullNameEndsWith(p.text());
    if (lastName) {
      person = m.target().key();
    }
    if (person != null) {
      doc.add(m, doc.people.person(person), "ALIAS", "people.tsv:" + person);
    }
    return person != null;
  }

  /**
   * True when {@code word} (or it without a genitive s) ends the person's name or one of their
   * aliases: "Netanjahu" is the last name of Benjamin Netanyahu through his German alias, while
   * "Benjamin" alone is no one's last name.
   */
  private boolean isLastName(String person, String word) {
    String bare = word.replaceAll("s$", "");
    if (person.endsWith(" " + word) || person.endsWith(" " + bare)) {
      return true;
    }
    for (PersonTerm term : doc.dictionary.people().getOrDefault(person, List.of())) {
      for (String alias : term.aliases()) {
        if (alias.endsWith(" " + word) || alias.endsWith(" " + bare)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when the tagger found a longer name ending in this word, or in it without a genitive s
   * ("John McCain" is not the dictionary's Cindy McCain; after "Raif Badawi", "Badawis" is not the
   * dictionary's Abdullah Ahmad Badawi).
   */
  private boolean taggedFullNameEndsWith(String word) {
    String bare = word.replaceAll("s$", "");
    for (Match other : doc.matches) {
      String last = other.to() > 0 ? doc.pieces.get(other.to() - 1).text() : "";
      if (other.target().kind() == Kind.UNKNOWN_PERSON && other.to() - other.from() >= 2 && (last.equals(word) || last.equals(bare))) {
        return true;
      }
    }
    return false;
  }
}
