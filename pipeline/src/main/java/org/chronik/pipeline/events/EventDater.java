package org.chronik.pipeline.events;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.model.DateSource;
import org.chronik.model.PartialDate;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;

/**
 * Dates an event: the time expression governing its clause (EXPRESSION); else one elsewhere in
 * the sentence (CONTEXT); for a past-perfect background clause the nearest dated sentence before it
 * in the same paragraph (CONTEXT) or no date at all, since the creation date would be wrong for
 * it; otherwise the article's creation date (CREATION_DATE).
 */
final class EventDater {
  record Dated(PartialDate date, DateSource source) {}

  private static final Pattern CALENDAR = Pattern.compile("^(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?![\\d-])");

  private EventDater() {}

  static PartialDate calendarValue(TimeExpression t) {
    boolean calendar = t.type() == null || t.type().equalsIgnoreCase("DATE") || t.type().equalsIgnoreCase("TIME");
    if (t.value() == null || !calendar) {
      return null;
    }
    Matcher m = CALENDAR.matcher(t.value());
    if (!m.find()) {
      return null;
    }
    try {
      return PartialDate.parse(m.group(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static Dated date(SentenceView s, int trigger, boolean pluperfect, List<TimeExpression> timexes,
      List<SentenceView> paragraphBefore, PartialDate creation) {
    int clause = s.clauseHead(trigger);
    PartialDate inSentence = null;
    for (TimeExpression t : timexes) {
      PartialDate d = calendarValue(t);
      if (d == null || !t.span().overlaps(s.sentence.span())) {
        continue;
      }
      int head = headToken(s, t.span());
      if (head >= 0 && s.clauseHead(head) == clause) {
        return new Dated(d, DateSource.EXPRESSION);
      }
      if (inSentence == null) {
        inSentence = d;
      }
    }
    if (inSentence != null) {
      return new Dated(inSentence, DateSource.CONTEXT);
    }
    if (pluperfect) {
      for (int i = paragraphBefore.size() - 1; i >= 0; i--) {
        for (TimeExpression t : timexes) {
          PartialDate d = calendarValue(t);
          if (d != null && t.span().overlaps(paragraphBefore.get(i).sentence.span())) {
            return new Dated(d, DateSource.CONTEXT);
          }
        }
      }
      return new Dated(null, DateSource.NONE);
    }
    return creation == null ? new Dated(null, DateSource.NONE) : new Dated(creation, DateSource.CREATION_DATE);
  }

  /** The token of the expression whose head lies outside it. */
  private static int headToken(SentenceView s, Span span) {
    for (int i = 0; i < s.size(); i++) {
      if (!span.overlaps(s.token(i).span())) {
        continue;
      }
      int h = s.head(i);
      if (h < 0 || !span.overlaps(s.token(h).span())) {
        return h < 0 ? i : h;
      }
    }
    return -1;
  }
}
