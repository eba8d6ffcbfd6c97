package org.chronik.pipeline.events;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chronik.model.PartialDate;

/**
 * An almanac or chronicle entry: a line that opens with a year and a dash ("1972 – Der Kanzler besucht
 * Polen …"). The year dates every act of the entry — its opening sentence and the few sentences that
 * continue it ("Der Präsident ruft den Notstand aus" after "1983 – Ein Erdbeben zerstört …") — unless a
 * later entry opened in between. Without it the entry's acts were undated, or dated by the article, and
 * read as the story's news. The dashes are data: {@code words/chronicle-dashes.txt}.
 */
final class ChronicleYears {
  static final String DASHES = "chronicle-dashes";
  /** An entry's sentences: its opening and at most this many after it. */
  private static final int BACK = 3;
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

  private ChronicleYears() {}

  /** The year of the chronicle entry the sentence belongs to, or null when it belongs to none. */
  static PartialDate year(SentenceView s, List<SentenceView> paragraphBefore, WordLists lists) {
    PartialDate own = opening(s, lists);
    for (int k = paragraphBefore.size() - 1; own == null && k >= Math.max(0, paragraphBefore.size() - BACK); k--) {
      own = opening(paragraphBefore.get(k), lists);
    }
    return own;
  }

  /** The year a sentence opens with when a dash follows it ("1972 –"), else null. */
  private static PartialDate opening(SentenceView s, WordLists lists) {
    if (s.size() < 3 || !YEAR.matcher(s.word(0)).matches()
        || !lists.words(DASHES).contains(s.word(1).toLowerCase(Locale.ROOT))) {
      return null;
    }
    return PartialDate.ofYear(Integer.parseInt(s.word(0)));
  }
}
