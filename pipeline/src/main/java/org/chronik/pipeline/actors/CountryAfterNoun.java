package org.chronik.pipeline.actors;

import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * The country a word after a group noun gives it (for GroupResolver): a state in the genitive ("die
 * Regierung Kameruns"), a capital after "in" ("die Regierung in Kiew"), or the state of a known person
 * the noun is led by ("die Regierung von Premier Matteo Renzi").
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

  /**
   * The state of a known person named right after the noun with a genitive word and titles between
   * ("die Regierung von Baschar al-Assad", "die Truppen des Präsidenten Assad"), or null. The
   * person's mention stays the person's.
   */
  static String ledBy(LinkContext doc, int j) {
    Match noun = doc.match(j);
    int k = j + 1;
    if (!doc.hasMatch(k) || doc.match(k).from() != noun.to() + 1 || doc.sentence(doc.match(k)) != doc.sentence(noun)
        || !doc.language.genitiveArticles.contains(doc.pieces.get(noun.to()).text())) {
      return null;
    }
    while (doc.match(k).target().kind() == Kind.TITLE && doc.next(k) != null) {
      k++; // "von Premier Manuel Valls"
    }
    Target person = doc.match(k).target();
    boolean known = (person.kind() == Kind.PERSON || person.kind() == Kind.SHORT_NAME) && doc.dictionary.people().containsKey(person.key());
    String country = known ? doc.dictionary.personRef(person.key(), doc.date).country() : null;
    return country != null && doc.isState(country) ? country : null;
  }
}
