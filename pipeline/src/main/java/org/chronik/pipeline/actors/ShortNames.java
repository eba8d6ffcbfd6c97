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
   * True when {@code word} is a form of the last word of the person's name or of one of their
   * aliases (inflection.tsv, class person: "Netanjahus"): "Netanjahu" is the last name of Benjamin
   * Netanyahu through his German alias, while "Benjamin" alone is no one's last name.
   */
  boolean isLastName(String person, String word) {
    if (endsInFormOf(person, word)) {
      return true;
    }
    for (PersonTerm term : doc.dictionary.people().getOrDefault(person, List.of())) {
      for (String alias : term.aliases()) {
        if (endsInFormOf(alias, word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when a name of two or more words ends in a word of which {@code word} is a form. */
  private boolean endsInFormOf(String name, String word) {
    int space = name.lastIndexOf(' ');
    return space >= 0 && isFormOf(name.substring(space + 1), word);
  }

  private boolean isFormOf(String lastWord, String word) {
    return doc.language.inflection.forms(lastWord, "person").contains(word);
  }

  /**
   * True when the tagger found a longer name ending in a word of which this word is a form ("John
   * McCain" is not the dictionary's Cindy McCain; after "Raif Badawi", "Badawis" is not the
   * dictionary's Abdullah Ahmad Badawi).
   */
  private boolean taggedFullNameEndsWith(String word) {
    for (Match other : doc.matches) {
      if (other.target().kind() == Kind.UNKNOWN_PERSON && other.to() - other.from() >= 2
          && isFormOf(doc.pieces.get(other.to() - 1).text(), word)) {
        return true;
      }
    }
    return false;
  }
}
