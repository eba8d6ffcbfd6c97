package org.chronik.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads and checks query parameters; every refusal names the parameter and what was expected. */
final class Params {
  /** Largest page any list endpoint returns. */
  static final int MAX_PAGE = 200;
  /** Deepest offset a list may be paged to (pages are cut from the top of the ranked list). */
  static final int MAX_OFFSET = 10_000;
  private static final int MAX_TEXT = 200;

  private Params() {}

  /** A trimmed text value, null when absent or blank. */
  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw ApiException.badParameter(name, v, "at most " + MAX_TEXT + " characters");
    }
    return v.strip();
  }

  static LocalDate date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, v, "expected a date YYYY-MM-DD");
    }
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = text(ctx, name);
    if (v == null) {
      return fallback;
    }
    try {
      int i = Integer.parseInt(v);
      if (i < min || i > max) {
        throw ApiException.badParameter(name, v, "expected a whole number from " + min + " to " + max);
      }
      return i;
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, v, "expected a whole number from " + min + " to " + max);
    }
  }

  static boolean flag(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return false;
    }
    if (v.equals("true") || v.equals("1")) {
      return true;
    }
    if (v.equals("false") || v.equals("0")) {
      return false;
    }
    throw ApiException.badParameter(name, v, "expected true or false");
  }

  /** Offset and limit of a page; limit capped at {@link #MAX_PAGE}. */
  record Page(int offset, int limit) {
    /** How many rows to ask for: the page, everything before it, and one more to tell if more follow. */
    int fetch() {
      return offset + limit + 1;
    }
  }

  static Page page(Context ctx) {
    return new Page(integer(ctx, "offset", 0, 0, MAX_OFFSET), integer(ctx, "limit", 50, 1, MAX_PAGE));
  }

  /**
   * A CAMEO code or prefix: two to four digits whose first two name one of the twenty root
   * categories 01–20 (CAMEO 1.1b3).
   */
  static String cameoCode(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    if (!v.matches("\\d{2,4}")) {
      throw ApiException.badParameter(name, v, "expected a CAMEO code of 2 to 4 digits, e.g. 04 or 042");
    }
    int root = Integer.parseInt(v.substring(0, 2));
    if (root < 1 || root > 20) {
      throw ApiException.badParameter(name, v, "unknown CAMEO code: root categories are 01 to 20");
    }
    return v;
  }

  static void checkRange(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badParameter("from", from.toString(), "after to " + to);
    }
  }

  /** Cuts a user's value for an error message so a huge value does not come back whole. */
  static String clip(String value) {
    return value.length() > 60 ? value.substring(0, 60) + "…" : value;
  }
}
