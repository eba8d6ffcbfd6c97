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

  /**
   * The match of a state in the genitive right after the noun ("der Regierung Kameruns", "des Iran"), of "in" + capital,
   * or of a capital right after a judicial noun (its seat: "die Staatsanwaltschaft Wien"); else -1.
   */
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
    boolean seat = "JUD".equals(group.sector()) && after.from() == noun.to() && !doc.first(noun).hyphenAfter();
    if (kind == Kind.CAPITAL && seat && !doc.last(after).hyphenAfter()) {
      return j + 1; // "die Staatsanwaltschaft Wien": a court or prosecutor named by its seat
    }
    return -1;
  }

  /** A known person or organisation a group noun is led by or belongs to, and its state. */
  record Leader(String country, String name) {}

  /**
   * The known person named right after the noun with a genitive word and titles between ("die
   * Regierung von Baschar al-Assad", "die Truppen des Präsidenten Assad"), or in the genitive without
   * an article ("Anhänger Mussawis", "die Truppen Assads"), when that person has a state; or, after a
   * government noun, in the nominative ("die Regierung Bush": {@link #namedLeader}); else null. The
   * person's mention stays the person's.
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
      return namedLeader(doc, noun, doc.match(k));
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
   * A government noun of leader-compound-heads.txt with a known person's name right after it and no
   * ending ("die Regierung Bush", "das Kabinett Renzi", "das Regime Assad"): the government of the state
   * that person heads on the article's date (as "die Bush-Regierung", {@link LeaderCompounds}); else null.
   */
  private static Leader namedLeader(LinkContext doc, Match noun, Match after) {
    if (after.from() != noun.to() || doc.first(noun).hyphenBefore() || doc.last(noun).hyphenAfter() || doc.last(after).hyphenAfter()
        || !doc.language.leaderHeads.contains(noun.target().key())) {
      return null;
    }
    java.util.List<String> names = after.targets().stream()
        .filter(t -> (t.kind() == Kind.PERSON || t.kind() == Kind.SHORT_NAME) && doc.dictionary.people().containsKey(t.key()))
        .map(Target::key).distinct().toList();
    String country = names.isEmpty() ? null : LeaderCompounds.headOfStateCountry(doc, names);
    return country != null && doc.isState(country) ? new Leader(country, null) : null;
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
