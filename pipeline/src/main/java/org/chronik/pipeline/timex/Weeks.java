package org.chronik.pipeline.timex;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import org.chronik.model.PartialDate;

/** The value functions of weekdays and weeks; see {@link TimexResolver}. */
final class Weeks {
  private Weeks() {}

  /**
   * A weekday ({@code day} 1–7). With {@code week=n}, that day in the week n weeks from the anchor's
   * ("Mittwoch vergangener Woche"); else by {@code dir} or tense: past → the latest such day not after
   * the anchor (the anchor itself counts), future → the next from it (the anchor itself counts, but not
   * for "kommenden"), present or unknown → the nearest.
   * {@code part} or {@code hour}/{@code minute} add the time of day.
   */
  static String weekday(Map<String, String> a, PartialDate anchor, Tense tense) {
    if (anchor.precision() != PartialDate.Precision.DAY) {
      return anchor.toString();
    }
    LocalDate d = anchor.start();
    int target = Integer.parseInt(a.get("day"));
    int back = Math.floorMod(d.getDayOfWeek().getValue() - target, 7); // days since the latest such day
    int dir = a.containsKey("dir") ? Integer.parseInt(a.get("dir")) : 0;
    LocalDate result;
    if (a.containsKey("week")) {
      result = d.plusWeeks(Integer.parseInt(a.get("week"))).with(DayOfWeek.of(target));
    } else if (dir < 0 || (dir == 0 && tense.past())) {
      result = d.minusDays(dir < 0 && back == 0 ? 7 : back);
    } else if (dir > 0 || tense == Tense.FUTURE) { // "kommenden Sonntag" on a Sunday is next week's, "am Sonntag wird" today
      int ahead = Math.floorMod(target - d.getDayOfWeek().getValue(), 7);
      result = d.plusDays(ahead == 0 && dir > 0 ? 7 : ahead);
    } else {
      result = back <= 3 ? d.minusDays(back) : d.plusDays(7 - back);
    }
    if (a.containsKey("hour")) {
      int minute = a.containsKey("minute") ? Integer.parseInt(a.get("minute")) : 0;
      return result + String.format("T%02d:%02d", Integer.parseInt(a.get("hour")), minute);
    }
    return result + (a.containsKey("part") ? "T" + a.get("part") : "");
  }

  /** The weekend of the anchor's week, or by {@code dir} or tense the one before or after it. */
  static String weekend(Map<String, String> a, PartialDate anchor, Tense tense) {
    if (anchor.precision() != PartialDate.Precision.DAY) {
      return anchor.toString();
    }
    LocalDate d = anchor.start();
    boolean inWeekend = d.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
    int weeks;
    if (a.containsKey("dir")) { // "kommendes Wochenende" on a Tuesday is this week's
      int dir = Integer.parseInt(a.get("dir"));
      weeks = dir > 0 ? (inWeekend ? 1 : 0) : dir < 0 ? (inWeekend ? 0 : -1) : 0;
      weeks = dir < 0 && inWeekend ? -1 : weeks;
    } else {
      weeks = tense.past() && !inWeekend ? -1 : 0;
    }
    return week(d.plusWeeks(weeks)) + "-WE";
  }

  static String week(LocalDate d) {
    return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
