package org.chronik.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.model.PartialDate;

/** Publication dates as inputs give them: ISO dates or timestamps; the calendar date as written is kept. */
final class Dates {
  // The publisher's own calendar date: "2024-05-01T23:30:00-05:00" is 1 May where it was published.
  private static final Pattern ISO_PREFIX = Pattern.compile("\\s*(\\d{4}-\\d{2}(?:-\\d{2})?)(?:[T ].*)?\\s*");

  private Dates() {}

  /** The date at day or month precision, or null when the text is not one. */
  static PartialDate parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = ISO_PREFIX.matcher(text);
    if (!m.matches()) {
      return null;
    }
    try {
      return PartialDate.parse(m.group(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
