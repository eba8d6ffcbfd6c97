package org.chronik.pipeline.actors;

import java.util.Locale;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;

/**
 * A title marked as past ("der frühere Premierminister", "die ehemalige US-Außenministerin", "Guatemalas
 * Ex-Präsident"): it names a person who held the office, not its holder today. Such a title gives a name after it
 * the office's country but no role and no sector (a former office-holder is a person of that country, not its
 * government), and without a name it links no holder and no office, only the person named before who once held it
 * ("Sarkozy … der Ex-Präsident"). The words are function-words.tsv's {@code former} rows.
 */
final class FormerTitles {
  private FormerTitles() {}

  /** True when the title phrase of matches {@code jStart}..{@code jTitle} is marked as past. */
  static boolean test(LinkContext doc, int jStart, int jTitle) {
    int before = doc.match(jStart).from() - 1;
    int beforeTitle = doc.match(jTitle).from() - 1;
    return before >= 0 && doc.language.formerWords.contains(doc.word(before))
        || beforeTitle >= 0 && doc.first(doc.match(jTitle)).hyphenBefore()
            && doc.language.formerWords.contains(doc.pieces.get(beforeTitle).text().toLowerCase(Locale.ROOT));
  }

  /**
   * The last person named before who held {@code role} at some time (in {@code country}, when known), or null; none
   * when a name follows later in the title's sentence ("der frühere Präsident Irans in den Jahren 1997 bis 2005, X").
   */
  static ActorRef earlier(LinkContext doc, OfficeHolders offices, int jLast, String country, String role) {
    if (!OfficeHolders.isSingleOffice(role)) {
      return null; // "die frühere Richterin": one of many, no office a person named before could have held
    }
    int sentence = doc.sentence(doc.match(jLast));
    for (int j = jLast + 1; doc.hasMatch(j) && doc.sentence(doc.match(j)) == sentence; j++) {
      Target.Kind kind = doc.match(j).target().kind();
      if (kind == Target.Kind.PERSON || kind == Target.Kind.UNKNOWN_PERSON || kind == Target.Kind.FUZZY_PERSON || kind == Target.Kind.SHORT_NAME) {
        return null;
      }
    }
    return doc.out.last(ref -> ref.type() == ActorType.PERSON && (country == null || country.equals(ref.country())) && offices.everHeld(ref, role));
  }
}
