package org.chronik.pipeline.actors;

import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * The country a word after a group noun gives it (for GroupResolver): a state in the genitive ("die
 * Regierung Kameruns"), a capital after "in" ("die Regierung in Kiew"), the state of a known person
 * the noun is led by ("die Regierung von Premier Matteo Renzi", "Anhänger Mussawis"), or of a one-state
 * organisation in the genitive after a group actor's noun ("Anhänger der Hisbollah").
 */
final class CountryAfterNoun {
  private CountryAfterNoun() {}

  /** The match of a state in the genitive right after the noun ("der Regierung Kameruns", "des Iran"), or of "in" + capital; else -1. */
  static int genitiveOrCapital(LinkContext doc, int j) {
    Match noun = doc.match(j);
    if (!doc.hasMatch(j + 1) || doc.first(noun).hyphenBefore()) {
      return -1;
    }
    Match after = doc.match(j + 1);
    if (doc.sentence(after) != doc.sentence(noun)) {
      return -1;
    }
    Kind kind = after.target().kind();
    String between = after.from() == noun.to() + 1 ? doc.pieces.get(noun.to()).text() : null;
    if (kind == Kind.COUNTRY && doc.isState(after.target().key()) && !doc.last(after).hyphenAfter()) {
      boolean genitiveS = after.from() == noun.to() && after.to() - after.from() == 1 && doc.first(after).text().endsWith("s");
      if (genitiveS || between != null && doc.language.genitiveArticles.contains(between)) {
        return j + 1;
      }
    }
    ActorLanguage.Group group = doc.language.groups.get(noun.target().key());
    boolean military = "MIL".equals(group.sector()); // "Truppen in Kabul" are rarely Afghanistan's own
    if (kind == Kind.CAPITAL && between != null && doc.language.officePlaces.contains(between) && !military && !doc.last(after).hyphenAfter()) {
      return j + 1;
    }
    return -1;
  }

  /** A known person or organisation a group noun is led by or belongs to, and its state. */
  record Leader(String country, String name) {}

  /**
   * The known person named right after the noun with a genitive word and titles between ("die
   * Regierung von Baschar al-Assad", "die Truppen des Präsidenten Assad"), or in the genitive without
   * an article ("Anhänger Mussawis", "die Truppen Assads"), when that person has a state; else null.
   * The person's mention stays the person's.
   */
  static Leader ledBy(LinkContext doc, int j) {
    Match noun = doc.match(j);
    int k = j + 1;
    if (!doc.hasMatch(k) || doc.sentence(doc.match(k)) != doc.sentence(noun)) {
      return null;
    }
    boolean article = doc.match(k).from() == noun.to() + 1 && doc.language.genitiveArticles.contains(doc.pieces.get(noun.to()).text());
    boolean genitiveS = doc.match(k).from() == noun.to() && !doc.first(noun).hyphenAfter() && doc.last(doc.match(k)).text().endsWith("s")
        && !doc.last(doc.match(k)).hyphenAfter() && doc.match(k).targets().size() == 1; // "al-Baschirs" of two people: none
    if (!article && !genitiveS) {
      return null;
    }
    while (article && doc.match(k).target().kind() == Kind.TITLE && doc.next(k) != null) {
      k++; // "von Premier Manuel Valls"
    }
    Target person = doc.match(k).target();
    boolean known = (person.kind() == Kind.PERSON || person.kind() == Kind.SHORT_NAME) && doc.dictionary.people().containsKey(person.key());
    ActorRef ref = known ? doc.dictionary.personRef(person.key(), doc.date) : null;
    return ref != null && ref.country() != null && doc.isState(ref.country()) ? new Leader(ref.country(), ref.name()) : null;
  }

  /**
   * The state of an organisation in the genitive right after a group actor's noun ("Anhänger der
   * Hisbollah", "Kämpfer der Hamas"): the organisation and its country when that is one state, else null.
   * Institution nouns (ORGANIZATION rows: "die Regierung der Partei") and bodies of no state (NATO, UN)
   * give none.
   */
  static Leader organizationAfter(LinkContext doc, int j) {
    Match noun = doc.match(j);
    ActorLanguage.Group group = doc.language.groups.get(noun.target().key());
    if (group.type() != ActorType.GROUP || !doc.hasMatch(j + 1)) {
      return null;
    }
    Match after = doc.match(j + 1);
    boolean article = after.from() == noun.to() + 1 && doc.language.genitiveArticles.contains(doc.pieces.get(noun.to()).text());
    if (!article || doc.sentence(after) != doc.sentence(noun) || after.target().kind() != Kind.ORGANIZATION || after.targets().size() != 1
        || doc.last(after).hyphenAfter()) {
      return null;
    }
    OrganizationEntry org = doc.dictionary.organization(after.target().key()).orElse(null);
    return org != null && org.country() != null && doc.isState(org.country()) ? new Leader(org.country(), org.name()) : null;
  }
}
