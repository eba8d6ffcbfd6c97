package org.chronik.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar date known to year, month or day precision. Month and day are null when unknown. */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public enum Precision { YEAR, MONTH, DAY }

  public PartialDate {
    if (day != null && month == null) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    if (day != null) {
      LocalDate.of(year, month, day); // validates the day of month
    }
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, null);
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; throws IllegalArgumentException otherwise. */
  public static PartialDate parse(String text) {
    Matcher m = ISO.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ISO date of year, month or day precision: \"" + text + "\"");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
      Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
      return new PartialDate(year, month, day);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a calendar date: \"" + text + "\"");
    }
  }

  public Precision precision() {
    return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day of the period this date stands for. */
  public LocalDate start() {
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  /** The last day of the period this date stands for. */
  public LocalDate end() {
    if (day != null) {
      return start();
    }
    if (month != null) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, 12, 31);
  }

  /** True when this date, read at the precision of {@code coarse}, falls into {@code coarse}. */
  public boolean within(PartialDate coarse) {
    if (year != coarse.year) {
      return false;
    }
    if (coarse.month != null && !coarse.month.equals(month)) {
      return false;
    }
    return coarse.day == null || coarse.day.equals(day);
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = start().compareTo(o.start());
    return c != 0 ? c : precision().compareTo(o.precision());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format("%04d", year));
    if (month != null) {
      sb.append(String.format("-%02d", month));
    }
    if (day != null) {
      sb.append(String.format("-%02d", day));
    }
    return sb.toString();
  }
}
