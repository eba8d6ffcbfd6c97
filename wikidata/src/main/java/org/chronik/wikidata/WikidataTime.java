package org.chronik.wikidata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wikidata time values ("+2005-11-22T00:00:00Z" with a precision) as Chronik partial dates. */
final class WikidataTime {
  private static final Pattern TIME = Pattern.compile("\\+?(\\d{4})-(\\d\\d)-(\\d\\d)T.*");
  private static final int YEAR = 9;
  private static final int MONTH = 10;
  private static final int DAY = 11;

  private WikidataTime() {}

  /**
   * "2005-11-22", "2005-11" or "2005" by precision; null for decades and coarser, years before 1000
   * or after 9999, BCE dates and anything unreadable. A zero month or day lowers the precision.
   */
  static String partialDate(String time, int precision) {
    Matcher m = TIME.matcher(time);
    if (!m.matches() || precision < YEAR || time.startsWith("-")) {
      return null;
    }
    String year = m.group(1);
    if (year.startsWith("0")) {
      return null;
    }
    String month = m.group(2);
    String day = m.group(3);
    if (precision >= MONTH && !month.equals("00")) {
      if (precision >= DAY && !day.equals("00")) {
        return year + "-" + month + "-" + day;
      }
      return year + "-" + month;
    }
    return year;
  }
}
