package org.chronik.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.chronik.model.io.Tsv;
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

  private record Country(String iso3, String name) {}

  private final List<Code> codes = new ArrayList<>();
  private final double[] codeWeights;
  private final List<Country> countries = new ArrayList<>();
  private final double[] countryWeights;
  private final List<String[]> dyads = new ArrayList<>();
  private final double[] dyadWeights;
  private final List<Party> people = new ArrayList<>();
  private final Random random;

  public SyntheticEvents(long seed) {
    random = new Random(seed);
    List<Double> w = new ArrayList<>();
    Tsv.Table table = table("codes.tsv");
    for (Tsv.Row r : table.rows()) {
      String mode = table.get(r, "plover_mode");
      codes.add(new Code(table.get(r, "code"), table.get(r, "name"), Double.parseDouble(table.get(r, "goldstein")),
          Integer.parseInt(table.get(r, "quad")), table.get(r, "plover_type"), mode.isEmpty() ? null : mode));
      w.add(Double.parseDouble(table.get(r, "weight")));
    }
    codeWeights = cumulative(w);
    w.clear();
    table = table("countries.tsv");
    for (Tsv.Row r : table.rows()) {
      countries.add(new Country(table.get(r, "iso3"), table.get(r, "name")));
      w.add(Double.parseDouble(table.get(r, "weight")));
    }
    countryWeights = cumulative(w);
    w.clear();
    table = table("dyads.tsv");
    for (Tsv.Row r : table.rows()) {
      dyads.add(new String[] {table.get(r, "first"), table.get(r, "second")});
      w.add(Double.parseDouble(table.get(r, "weight")));
    }
    dyadWeights = cumulative(w);
    table = table("people.tsv");
    for (Tsv.Row r : table.rows()) {
      people.add(new Party(table.get(r, "key"), table.get(r, "name"), table.get(r, "iso3"), "PERSON", table.get(r, "sector")));
    }
  }

  /** How many synthetic events (merged: one happening however many mentions) a store holds. */
  public static long count(Store store) {
    try (java.sql.Connection c = store.reader()) {
      return new Sql().append("SELECT count(*) FROM events WHERE synthetic").scalar(c);
    } catch (SQLException e) {
      throw new StoreException("cannot count synthetic events in " + store.folder() + ": " + e.getMessage(), e);
    }
  }

  /** Appends {@code count} event mentions to a store that holds no articles and merges them; returns the mentions written. */
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
    try {
      try (DuckDBAppender appender = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "event_mentions")) {
        for (int i = 0; i < days.length; i++) {
          appendEvent(appender, runId, i, LocalDate.ofEpochDay(days[i]));
        }
      }
      // mentions of one dyad, root code and day become one event, as for mentions read from articles
      StoreSetup.mergeOpenMentions(c);
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
      source = party(countries.get(pick(countryWeights)).iso3());
      String other;
      do {
        other = countries.get(pick(countryWeights)).iso3();
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
        .appendNull() // global_event_id (V006): set by the merge
        .appendNull().appendNull() // source_from, target_from (V008): generated, read from no sentence
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
      for (Party p : people) {
        if (p.country().equals(iso3)) {
          return p;
        }
      }
    }
    for (Country c : countries) {
      if (c.iso3().equals(iso3)) {
        return new Party("country:" + iso3, c.name(), iso3, "COUNTRY", null);
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

  /** A table of {@code synthetic/}, read by the names of its header line. */
  private static Tsv.Table table(String name) {
    return Tsv.Table.of(Tsv.resource(SyntheticEvents.class, "synthetic/" + name), "synthetic/" + name);
  }
}
