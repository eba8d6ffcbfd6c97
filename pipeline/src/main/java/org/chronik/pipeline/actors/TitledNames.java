package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.Mention;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;
import org.chronik.pipeline.actors.UnknownNames.Attributes;

/**
 * The name written right after a title ("Außenminister Sergej Lawrow", "Innenminister Karim
 * Sadeghi"): a known person keeps the dictionary's attributes, a short name links to its person, an
 * unknown name becomes a person with what the title says (its country, sector and role).
 */
final class TitledNames {
  /**
   * A title phrase: matches {@code jStart}..{@code jLast} with the title at {@code jTitle}; {@code role}
   * is the title's role and {@code said} what it says of a name after it (country null: unknown).
   */
  record Phrase(int jStart, int jTitle, int jLast, String role, Attributes said) {}

  /** The person named after the title ({@code null}: none) and the last match used. */
  record Named(ActorRef person, int last) {}

  private final LinkContext doc;
  private final UnknownNames unknown;
  private final ShortNames shortNames;
  private final OfficeHolders offices;
  private final OfficeElsewhere elsewhere;

  TitledNames(LinkContext doc, UnknownNames unknown, ShortNames shortNames, OfficeHolders offices) {
    this.doc = doc;
    this.offices = offices;
    this.elsewhere = new OfficeElsewhere(doc, offices);
    this.unknown = unknown;
    this.shortNames = shortNames;
  }

  /** Whether a name follows the title of {@code phrase} right after it. */
  boolean follows(Phrase phrase) {
    Match name = phrase.jLast() == phrase.jTitle() ? doc.next(phrase.jTitle()) : null;
    return name != null && person(name)
        || phrase.jLast() == phrase.jTitle() && NameAfter.end(doc, doc.match(phrase.jTitle())) > doc.match(phrase.jTitle()).to();
  }

  /** Links the name after the title of {@code phrase}; null when no name follows it. */
  Named link(Phrase phrase) {
    return link(phrase, true);
  }

  /**
   * Links the name after the title of {@code phrase}; with {@code focus} a title of unknown country is
   * of the article's focus country. Null when no name follows it.
   */
  Named link(Phrase phrase, boolean focus) {
    int jTitle = phrase.jTitle();
    Match name = phrase.jLast() == jTitle ? doc.next(jTitle) : null;
    if (name != null && person(name)) {
      Kind kind = name.target().kind();
      ActorRef person = doc.people.person(name.target().key()); // undated: the office this title names (TitledPeople)
      doc.add(name, person, kind == Kind.PERSON ? "NAME" : "FUZZY", "people.tsv:" + name.target().key());
      return new Named(person, jTitle + 1);
    }
    if (name != null && name.target().kind() == Kind.SHORT_NAME && shortNames.link(name)) {
      return new Named(null, jTitle + 1);
    }
    int nameEnd = phrase.jLast() == jTitle ? NameAfter.end(doc, doc.match(jTitle)) : -1;
    if (nameEnd <= doc.match(jTitle).to()) {
      return null;
    }
    Attributes attributes = phrase.said();
    Target t = doc.match(jTitle).target();
    // a title of its own sector ("Innenminister X", "Brigadegeneral X") is of the focus country even when the
    // article names others too; a bare "Sprecher X" only in an article about one country
    Match unknownName = new Match(doc.match(jTitle).to(), nameEnd, List.of(Target.of(Kind.UNKNOWN_PERSON, null)));
    if (focus && attributes.country() == null && (doc.focus.dominant() || t.sector() != null && doc.focus.key() != null)) {
      String written = doc.text(doc.first(unknownName).begin(), doc.last(unknownName).end());
      // decision: when the data knows who held the office (on the date; undated: ever) and the name is none
      // of them, the title gives no state office and no country ("Präsident Dwight D. Eisenhower" in an
      // article about Cuba; a regional "Innenminister X" in one about Germany)
      // article about several states: the office may be another named state's (OfficeElsewhere)
      attributes = offices.othersHold(doc.focus.key(), phrase.role(), written)
          ? elsewhere.attributes(jTitle, phrase, written)
          : new Attributes(doc.focus.key(), attributes.sector(), phrase.role(), Mention.focusSource(doc.focus.key()));
    }
    ActorRef person = unknown.add(unknownName, attributes);
    int j = jTitle;
    while (doc.hasMatch(j + 1) && doc.match(j + 1).from() < nameEnd) {
      j++; // the tagger's own run over the same name is used up
    }
    return new Named(person, j);
  }

  private static boolean person(Match name) {
    return name.target().kind() == Kind.PERSON || name.target().kind() == Kind.FUZZY_PERSON;
  }
}
