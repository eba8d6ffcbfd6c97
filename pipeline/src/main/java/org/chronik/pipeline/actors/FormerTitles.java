package org.chronik.pipeline.actors;

import java.util.Locale;

/**
 * A title marked as past ("der frühere Premierminister", "die ehemalige US-Außenministerin", "Guatemalas
 * Ex-Präsident"): it names a person who held the office, not its holder today. Such a title gives a name after it
 * the office's country but no role and no sector (a former office-holder is a person of that country, not its
 * government), and without a name it links no holder and no office. The words are function-words.tsv's
 * {@code former} rows.
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
}
