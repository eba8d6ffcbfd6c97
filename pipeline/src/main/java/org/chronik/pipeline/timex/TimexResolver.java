package org.chronik.pipeline.timex;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.chronik.model.PartialDate;

/**
 * The normalization functions rules name in their {@code value} field. Each turns the filled
 * arguments, an anchor date and the clause's tense into a TIMEX value, or null when it cannot.
 *
 * <p>Missing years follow the tense in news: a past clause takes the latest such month or day not
 * after the anchor, a future clause the next one, present or unknown the nearest. Narrative text takes
 * the anchor's year. A value never gets finer than the anchor allows: with an anchor of month
 * precision a weekday or "gestern" resolves to that month.
 */
final class TimexResolver {
  private TimexResolver() {}

  /**
   * The value of a filled value function, or null. An argument {@code tense=past} (or another tense)
   * overrides the clause's tense: "vom Sonntag" is a past Sunday whatever the clause says.
   */
  static String resolve(String function, Map<String, String> a, Anchor at, Tense clauseTense, boolean narrative) {
    Tense tense = a.containsKey("tense") ? Tense.of(a.get("tense")) : clauseTense;
    PartialDate anchor = at.date();
    return switch (function) {
      case "date" -> date(a, anchor, tense, narrative);
      case "decade" -> decade(a, anchor);
      case "century" -> century(a);
      case "season" -> Seasons.season(a, anchor, tense, narrative);
      case "weekday" -> Weeks.weekday(a, anchor, tense);
      case "weekend" -> Weeks.weekend(a, anchor, tense);
      case "shift" -> shift(a, at, tense, narrative);
      case "daypart" -> daypart(a, at, tense, narrative);
      case "time" -> time(a, anchor);
      case "duration" -> duration(a);
      case "literal" -> a.get("value");
      case "tensed" -> tensed(a, tense);
      case "antecedent" -> antecedent(a, at, tense);
      case "none" -> null;
      default -> throw new IllegalArgumentException("unknown value function " + function);
    };
  }

  static boolean known(String function) {
    return switch (function) {
      case "date", "decade", "century", "season", "weekday", "weekend", "shift", "daypart", "time", "duration", "literal", "tensed", "antecedent", "none" -> true;
      default -> false;
    };
  }

  private static String date(Map<String, String> a, PartialDate anchor, Tense tense, boolean narrative) {
    Integer month = integer(a.get("month"));
    Integer day = integer(a.get("day"));
    if (a.containsKey("year")) {
      int year = Integer.parseInt(a.get("year"));
      if (a.containsKey("bc")) {
        return String.format("BC%04d", year);
      }
      if (a.get("year").length() == 2) {
        year = nearestCentury(year, anchor.year());
      }
      return new PartialDate(year, month, day).toString();
    }
    if (a.containsKey("yearshift") && month != null) { // "im März des folgenden Jahres"
      return valid(anchor.year() + Integer.parseInt(a.get("yearshift")), month, day);
    }
    if (month == null) { // a bare day: the anchor's month
      return anchor.month() == null ? null : valid(anchor.year(), anchor.month(), day);
    }
    int year = yearFor(month, day, anchor, tense, narrative);
    return valid(year, month, day);
  }

  /** The year of a month (and day) given without one, by tense relative to the anchor. */
  static int yearFor(int month, Integer day, PartialDate anchor, Tense tense, boolean narrative) {
    if (anchor.month() == null) {
      return anchor.year();
    }
    int diff = month - anchor.month(); // months after the anchor, within the anchor's year
    if (narrative) { // a story: the year of the last date mentioned, unless said of what was yet to come
      return tense == Tense.FUTURE && diff < 0 ? anchor.year() + 1 : anchor.year();
    }
    if (diff == 0 && day != null && anchor.day() != null) {
      diff = Integer.signum(day - anchor.day());
    }
    return switch (tense) {
      case PAST, PLUPERFECT -> diff > 0 ? anchor.year() - 1 : anchor.year();
      case FUTURE -> diff < 0 ? anchor.year() + 1 : anchor.year();
      default -> diff > 6 ? anchor.year() - 1 : diff < -6 ? anchor.year() + 1 : anchor.year();
    };
  }

  private static String decade(Map<String, String> a, PartialDate anchor) {
    if (a.containsKey("digits")) {
      return a.get("digits");
    }
    return (anchor.year() / 100) + a.get("word");
  }

  private static String century(Map<String, String> a) {
    int n = Integer.parseInt(a.get("n"));
    return (a.containsKey("bc") ? "BC" : "") + String.format("%02d", n - 1);
  }

  /**
   * The anchor day's part. A night told in the past in news with no day in context is last night, the
   * one that began the day before the article ({@code pastshift=-1}): TIMEX dates a night by its evening.
   */
  private static String daypart(Map<String, String> a, Anchor at, Tense tense, boolean narrative) {
    PartialDate anchor = at.date();
    if (anchor.precision() != PartialDate.Precision.DAY) {
      return anchor.toString();
    }
    LocalDate day = anchor.start();
    if (a.containsKey("pastshift") && !at.mentioned() && !narrative && tense.past()) {
      day = day.plusDays(Integer.parseInt(a.get("pastshift")));
    }
    return day + "T" + a.get("part");
  }

  /**
   * The date just told ("1988 … . Damals …"), at its own precision, when the anchor is one (anchor
   * told); else {@code other}. With {@code present=…}, a clause not in the past takes that instead:
   * "zu diesem Zeitpunkt" in the present is now.
   */
  private static String antecedent(Map<String, String> a, Anchor at, Tense tense) {
    if (a.containsKey("present") && !tense.past()) {
      return a.get("present");
    }
    return at.mentioned() ? at.date().toString() : a.get("other");
  }

  /** The argument named for the tense ({@code past=PAST_REF other=FUTURE_REF}); pluperfect falls back on past. */
  private static String tensed(Map<String, String> a, Tense tense) {
    String v = a.get(tense.name().toLowerCase(java.util.Locale.ROOT));
    if (v == null && tense == Tense.PLUPERFECT) {
      v = a.get("past");
    }
    return v != null ? v : a.get("other");
  }

  private static String shift(Map<String, String> a, Anchor at, Tense tense, boolean narrative) {
    PartialDate anchor = at.date();
    String unit = a.get("unit");
    String amount = a.get("n");
    if (amount.contains("X")) { // "wenige Tage später" told in the past in news is still before now
      return amount.startsWith("-") || !narrative && tense.past() ? "PAST_REF" : "FUTURE_REF";
    }
    int n = Integer.parseInt(amount.replace("--", ""));
    LocalDate d = anchor.start();
    PartialDate.Precision p = anchor.precision();
    if (a.containsKey("exact") && (!at.mentioned() || !fineEnough(p, unit))) {
      return null; // "nach zehn Tagen" with no day told before: no day to move
    }
    String part = a.containsKey("part") ? "T" + a.get("part") : "";
    switch (unit) {
      case "D", "TH", "TM" -> {
        return p == PartialDate.Precision.DAY ? d.plusDays(unit.equals("D") ? n : 0) + part : anchor.toString();
      }
      case "W" -> {
        return p == PartialDate.Precision.DAY ? Weeks.week(d.plusWeeks(n)) : anchor.toString();
      }
      case "M" -> {
        return p == PartialDate.Precision.YEAR ? anchor.toString() : PartialDate.ofMonth(d.plusMonths(n).getYear(), d.plusMonths(n).getMonthValue()).toString();
      }
      case "Y" -> {
        return String.valueOf(anchor.year() + n);
      }
      case "DE" -> {
        return String.valueOf((anchor.year() + 10 * n) / 10);
      }
      case "CE" -> {
        return String.format("%02d", (anchor.year() + 100 * n) / 100);
      }
      default -> throw new IllegalArgumentException("unknown unit " + unit);
    }
  }

  private static boolean fineEnough(PartialDate.Precision p, String unit) {
    return switch (unit) {
      case "D", "W", "TH", "TM" -> p == PartialDate.Precision.DAY;
      case "M" -> p != PartialDate.Precision.YEAR;
      default -> true;
    };
  }

  private static String time(Map<String, String> a, PartialDate anchor) {
    int hour = Integer.parseInt(a.get("hour"));
    int minute = a.containsKey("minute") ? Integer.parseInt(a.get("minute")) : 0;
    String clock = String.format("T%02d:%02d", hour, minute);
    return (anchor.precision() == PartialDate.Precision.DAY ? anchor.toString() : "XXXX-XX-XX") + clock;
  }

  private static String duration(Map<String, String> a) {
    String n = a.get("n");
    String unit = a.get("unit");
    if (!n.equals("X") && !n.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return unit.startsWith("T") ? "PT" + n + unit.substring(1) : "P" + n + unit;
  }

  private static int nearestCentury(int twoDigits, int anchorYear) {
    int base = anchorYear - Math.floorMod(anchorYear, 100) + twoDigits;
    if (base - anchorYear > 50) {
      return base - 100;
    }
    return anchorYear - base > 50 ? base + 100 : base;
  }

  private static String valid(int year, int month, Integer day) {
    try {
      return new PartialDate(year, month, day).toString();
    } catch (RuntimeException e) {
      return null; // 31. Februar and the like
    }
  }

  private static Integer integer(String s) {
    return s == null ? null : Integer.valueOf(s);
  }

  static long daysBetween(LocalDate a, LocalDate b) {
    return ChronoUnit.DAYS.between(a, b);
  }
}
