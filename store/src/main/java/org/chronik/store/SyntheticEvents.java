package org.chronik.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Fills a store with synthetic events for benchmarks: dyads, codes and dates drawn from the
 * weighted tables in {@code synthetic/} over the ten years before {@link #END}, with news volume
 * growing over time. Seeded, so the same count gives the same events.
 */
public final class SyntheticEvents {
  static final LocalDate END = LocalDate.of(2025, 12, 31);
  private static final int EVENTS_PER_ARTICLE = 4;

  private record Code(String code, String name, double goldstein, int quad, String ploverType, String ploverMode) {}

  private record Party(String key, String name, String country, String type, String sector) {}

  private final List<Code> codes = new ArrayList<>();
  private final double[] codeWeights;
  private final List<String[]> countries = new ArrayList<>();
  private final double[] countryWeights;
  private final List<String[]> dyads = new ArrayList<>();
  private final double[] dyadWeights;
  private final List<String[]> people = new ArrayList<>();
  private final Random random;

  public SyntheticEvents(long seed) {
    random = new Random(seed);
    List<Double> w = new ArrayList<>();
    for (String[] f : table("codes.tsv", 7)) {
      codes.add(new Code(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]), f[4], f[5].isEmpty() ? null : f[5]));
      w.add(Double.parseDouble(f[6]));
    }
    codeWeights = cumulative(w);
    w.clear();
    for (String[] f : table("countries.tsv", 3)) {
      countries.add(f);
      w.add(Double.parseDouble(f[2]));
    }
    countryWeights = cumulative(w);
    w.clear();
    for (String[] f : table("dyads.tsv", 3)) {
      dyads.add(f);
      w.add(Double.parseDouble(f[2]));
    }
    dyadWeights = cumulative(w);
    people.addAll(table("people.tsv", 4));
  }

  /** How many synthetic events a store holds. */
  public static long count(Store store) {
    try (java.sql.Connection c = store.reader()) {
      return new Sql().append("SELECT count(*) FROM events WHERE synthetic").scalar(c);
    } catch (SQLException e) {
      throw new StoreException("cannot count synthetic events in " + store.folder() + ": " + e.getMessage(), e);
    }
  }

  /** Appends {@code count} events to a store that holds no articles; returns the number written. */
  public long generate(Store store, long count) {
    return generate(store, count, false);
  }

  /**
   * Appends {@code count} events; returns the number written. A store holding real articles is
   * refused unless {@code besideArticles}: synthetic events there are kept, marked, but left out
   * of every answer (see {@link EventScope}), so they only cost space and confuse counts.
   */
  public long generate(Store store, long count, boolean besideArticles) {
    long articles = store.count("articles");
    if (articles > 0 && !besideArticles) {
      throw new StoreException("store " + store.folder() + " holds " + articles + " real articles: synthetic events go into a store"
          + " of their own (name another folder, or leave --store out for a temporary one); --force writes them anyway,"
          + " and answers will leave them out");
    }
    long runId = store.writer().startRun("synthetic events: " + count);
    int[] days = new int[Math.toIntExact(count)];
    int first = (int) END.minusYears(10).plusDays(1).toEpochDay(); // 2016-01-01 to 2025-12-31
    int span = (int) END.toEpochDay() - first;
    for (int i = 0; i < days.length; i++) {
      // density rising linearly to twice the start: more news, more events, later on
      double u = random.nextDouble();
      days[i] = first + (int) (span * (Math.sqrt(1 + 3 * u) - 1));
    }
    Arrays.sort(days); // date order keeps DuckDB's per-block min/max useful for date filters
    DuckDBConnection c = store.writerConnection();
    try (DuckDBAppender appender = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
      for (int i = 0; i < days.length; i++) {
        appendEvent(appender, runId, i, LocalDate.ofEpochDay(days[i]));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write synthetic events to " + store.folder() + ": " + e.getMessage(), e);
    }
    store.writer().finishRun(runId, new IngestSummary(runId, 0, 0, 0, 0, 0, days.length, 0, 0, 0, 0));
    return days.length;
  }

  private void appendEvent(DuckDBAppender a, long runId, int i, LocalDate date) throws SQLException {
    Party source;
    Party target;
    if (random.nextBoolean()) {
      String[] d = dyads.get(pick(dyadWeights));
      boolean swap = random.nextBoolean();
      source = party(swap ? d[1] : d[0]);
      target = party(swap ? d[0] : d[1]);
    } else {
      source = party(countries.get(pick(countryWeights))[0]);
      String other;
      do {
        other = countries.get(pick(countryWeights))[0];
      } while (other.equals(source.country()));
      target = party(other);
    }
    Code code = codes.get(pick(codeWeights));
    double r = random.nextDouble();
    String modality = r < 0.03 ? "NEGATED" : r < 0.05 ? "HYPOTHETICAL" : r < 0.12 ? "INTENT" : "ASSERTED";
    boolean flagged = modality.equals("NEGATED") || modality.equals("HYPOTHETICAL");
    String evidence = source.name() + " – " + code.name().toLowerCase(java.util.Locale.ROOT) + " – " + target.name() + " (synthetic)";
    a.beginRow()
        .append("synthetic-" + runId + "-" + (i / EVENTS_PER_ARTICLE)).append("e" + (i % EVENTS_PER_ARTICLE + 1))
        .append(code.code()).append(code.code().substring(0, 2)).append(code.name()).append(code.goldstein())
        .append((byte) code.quad()).append(code.ploverType());
    nullable(a, code.ploverMode());
    appendParty(a, source);
    appendParty(a, target);
    a.append(code.code().startsWith("04") || code.code().equals("057"))
        .append(date).append("DAY").append(random.nextDouble() < 0.7 ? "EXPRESSION" : "CREATION_DATE")
        .appendNull().append(modality).appendNull().appendNull().append("synthetic")
        .append(0).append(evidence.length()).append(evidence).appendNull().appendNull().appendNull().appendNull()
        .append(flagged)
        .appendNull().appendNull() // source_wikidata, target_wikidata (V002)
        .append(true) // synthetic (V003): never mixed into answers from real articles
        .endRow();
  }

  private static void appendParty(DuckDBAppender a, Party p) throws SQLException {
    a.append(p.key()).append(p.name()).append(p.type()).append(p.country());
    nullable(a, p.sector());
    a.appendNull(); // role
  }

  private static void nullable(DuckDBAppender a, String value) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else {
      a.append(value);
    }
  }

  private Party party(String iso3) {
    if (random.nextInt(4) == 0) {
      for (String[] p : people) {
        if (p[2].equals(iso3)) {
          return new Party(p[0], p[1], p[2], "PERSON", p[3]);
        }
      }
    }
    for (String[] c : countries) {
      if (c[0].equals(iso3)) {
        return new Party("country:" + iso3, c[1], iso3, "COUNTRY", null);
      }
    }
    throw new IllegalStateException("dyads.tsv names " + iso3 + ", which countries.tsv lacks");
  }

  private int pick(double[] cumulative) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, x);
    return i >= 0 ? Math.min(i + 1, cumulative.length - 1) : -i - 1;
  }

  private static double[] cumulative(List<Double> weights) {
    double[] c = new double[weights.size()];
    double sum = 0;
    for (int i = 0; i < c.length; i++) {
      sum += weights.get(i);
      c[i] = sum;
    }
    return c;
  }

  private static List<String[]> table(String name, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = SyntheticEvents.class.getResourceAsStream("synthetic/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource synthetic/" + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != columns) {
          throw new IllegalStateException("synthetic/" + name + " line " + n + ": expected " + columns + " columns, found " + f.length);
        }
        rows.add(f);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read synthetic/" + name, e);
    }
    return rows;
  }
}
