package org.chronik.pipeline.timex;

import java.util.Map;
import org.chronik.model.PartialDate;

/** The value function of seasons; see {@link TimexResolver}. */
final class Seasons {
  private Seasons() {}

  static String season(Map<String, String> a, PartialDate anchor, Tense tense, boolean narrative) {
    String s = a.get("season");
    if (a.containsKey("year")) {
      return (a.containsKey("bc") ? String.format("BC%04d", Integer.parseInt(a.get("year"))) : a.get("year")) + "-" + s;
    }
    if (a.containsKey("yearshift")) { // "im Sommer vergangenen Jahres"
      return (anchor.year() + Integer.parseInt(a.get("yearshift"))) + "-" + s;
    }
    int middle = switch (s) {
      case "SP" -> 4;
      case "SU" -> 7;
      case "FA" -> 10;
      default -> 1;
    };
    if (s.equals("WI")) {
      return winter(anchor, tense, narrative) + "-WI";
    }
    return TimexResolver.yearFor(middle, null, anchor, tense, narrative) + "-" + s;
  }

  /**
   * The year a winter begins in (TIMEX dates it so): in a story the winter after the last date (in
   * January or February the one under way); in news a past winter is the last one begun, a future one
   * the next one not yet over, otherwise the one under way or about to come (July to February).
   */
  private static int winter(PartialDate anchor, Tense tense, boolean narrative) {
    int month = anchor.month() == null ? 1 : anchor.month();
    int y = anchor.year();
    if (narrative || tense == Tense.FUTURE) {
      return month <= 2 ? y - 1 : y;
    }
    if (tense.past()) {
      return month == 12 ? y : y - 1;
    }
    return month >= 7 ? y : y - 1;
  }
}
