package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code actors/people.tsv} read with the tests' own tiny parser (not the linker's), and the date
 * semantics of README-people.md: offices are half-open, partial dates widen to their month or year.
 */
record PeopleRows(List<Row> rows, List<String> formatProblems) {
  private static final String RESOURCE = "/actors/people.tsv";
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** One office held: a data line of the file. */
  record Row(int line, String raw, String name, List<String> aliases, String country, String sector,
      String role, String from, String to) {}

  static PeopleRows read() throws IOException {
    InputStream in = PeopleRows.class.getResourceAsStream(RESOURCE);
    assertNotNull(in, RESOURCE + " is not on the classpath");
    List<Row> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text;
      int number = 0;
      while ((text = reader.readLine()) != null) {
        number++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] f = text.split("\t", -1);
        if (f.length != 7) {
          problems.add("line " + number + ": " + f.length + " columns instead of 7");
          continue;
        }
        List<String> aliases = f[1].isEmpty() ? List.of() : List.of(f[1].split("\\|", -1));
        rows.add(new Row(number, text, f[0], aliases, f[2], f[3], f[4], f[5], f[6]));
      }
    }
    return new PeopleRows(List.copyOf(rows), List.copyOf(problems));
  }

  /** Offices are half-open: held from {@code from} up to, not including, {@code to}. */
  static boolean holdsOn(Row r, LocalDate day) {
    LocalDate from = earliest(r.from());
    LocalDate end = r.to().isEmpty() ? LocalDate.MAX : endExclusive(r.to());
    return from != null && end != null && !day.isBefore(from) && day.isBefore(end);
  }

  /** True when the two terms share a day whatever the partial dates turn out to be. */
  static boolean certainlyOverlap(Row a, Row b) {
    LocalDate aStart = latest(a.from());
    LocalDate bStart = latest(b.from());
    LocalDate aEnd = a.to().isEmpty() ? LocalDate.MAX : earliest(a.to());
    LocalDate bEnd = b.to().isEmpty() ? LocalDate.MAX : earliest(b.to());
    return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
  }

  static LocalDate earliest(String date) {
    if (!DATE.matcher(date).matches()) {
      return null;
    }
    try {
      return switch (date.length()) {
        case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
        case 7 -> YearMonth.parse(date).atDay(1);
        default -> LocalDate.parse(date);
      };
    } catch (RuntimeException e) {
      return null;
    }
  }

  static LocalDate latest(String date) {
    LocalDate first = earliest(date);
    if (first == null) {
      return null;
    }
    return switch (date.length()) {
      case 4 -> first.withDayOfYear(first.lengthOfYear());
      case 7 -> YearMonth.from(first).atEndOfMonth();
      default -> first;
    };
  }

  /** A day-precision end is the first day out of office; a partial end covers its whole month or year. */
  static LocalDate endExclusive(String date) {
    LocalDate last = latest(date);
    if (last == null) {
      return null;
    }
    return date.length() == 10 ? last : last.plusDays(1);
  }
}
