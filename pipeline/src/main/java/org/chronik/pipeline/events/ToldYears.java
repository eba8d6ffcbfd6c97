package org.chronik.pipeline.events;

import java.util.List;
import java.util.Locale;
import org.chronik.model.DateSource;
import org.chronik.model.PartialDate;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;

/**
 * A past act that nothing else dates takes the year or month its own sentence tells, even one that
 * names a thing ("offen ist der Prozess vom Mai 2011: Y war zu drei Jahren verurteilt worden"), else the
 * first one the sentence right before told ("Er war 2011 wiedergewählt worden. Kundgebungen gegen das
 * Ergebnis wurden aufgelöst"). Only a clause told in the past — past perfect, or a preterite auxiliary
 * ("wurden … aufgelöst", "war … verurteilt worden") — takes it: a present or perfect clause is the
 * story's own time. Without it such an act of an undated article read as today's news. A date on or after
 * the article's creation date is never taken. Words: {@code words/past-auxiliaries.txt}.
 */
final class ToldYears {
  static final String PAST_AUXILIARIES = "past-auxiliaries";

  private ToldYears() {}

  /** True when the act's clause is told in the past (past perfect or a preterite auxiliary). */
  static boolean past(SentenceView s, int trigger, boolean pluperfect, WordLists lists) {
    if (pluperfect) {
      return true;
    }
    int clause = s.clauseHead(trigger);
    for (int c : s.children(clause)) {
      if (s.deprel(c).startsWith("aux") && lists.words(PAST_AUXILIARIES).contains(s.word(c).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first date told in {@code own} (the act's sentence, as CONTEXT), else the first told in {@code before}
   * (the sentence before it, as REFERENCE), before {@code creation}; null when there is none.
   */
  static EventDater.Dated date(List<TimeExpression> timexes, PartialDate creation, Span own, Span before) {
    PartialDate inOwn = null;
    PartialDate inBefore = null;
    for (TimeExpression t : timexes) {
      PartialDate d = EventDater.calendarValue(t);
      if (d == null || creation != null && !d.end().isBefore(creation.start())) {
        continue;
      }
      if (t.span().overlaps(own)) {
        inOwn = inOwn == null ? d : inOwn;
      } else if (inBefore == null && before != null && t.span().overlaps(before)) {
        inBefore = d; // the first: a main clause's date comes before those of the things it names
      }
    }
    return inOwn != null ? new EventDater.Dated(inOwn, DateSource.CONTEXT)
        : inBefore != null ? new EventDater.Dated(inBefore, DateSource.REFERENCE) : null;
  }
}
