package org.chronik.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * The events table in the GDELT 2.0 event-file layout: 61 tab-separated columns, no header, one
 * event a line, so tools that read GDELT files read Chronik's. Flagged events (negated,
 * hypothetical, repeated mentions) and undated events are left out, as GDELT has neither.
 * Columns Chronik does not know (ethnic, religion and known-group codes, tone, coordinates) stay empty.
 */
final class GdeltExport {
  static final int COLUMNS = 61;
  private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final Store store;

  GdeltExport(Store store) {
    this.store = store;
  }

  Exporter.Written write(Path file) {
    String scope = store.scope().condition("e");
    String sql = "SELECT e.article_id, e.event_id, e.event_date, e.source_name, e.source_country, e.source_sector,"
        + " e.target_name, e.target_country, e.target_sector, e.code, e.quad, e.goldstein, e.place,"
        + " e.evidence_begin = min(e.evidence_begin) OVER (PARTITION BY e.article_id) AS is_root,"
        + " (SELECT count(*) FROM events d WHERE d.article_id = e.article_id AND d.duplicate_of = e.event_id) AS repeats,"
        + " a.ingested_at, coalesce(a.url, a.source, e.article_id) AS url"
        + " FROM events e LEFT JOIN articles a ON a.id = e.article_id"
        + " WHERE NOT e.flagged AND e.event_date IS NOT NULL AND " + scope + " ORDER BY e.event_date, e.article_id, e.event_id";
    long rows = 0;
    try (Connection c = store.reader(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql);
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      String[] row = new String[COLUMNS];
      while (rs.next()) {
        Arrays.fill(row, "");
        LocalDate date = rs.getDate("event_date").toLocalDate();
        row[0] = Long.toString(globalId(rs.getString("article_id"), rs.getString("event_id")));
        row[1] = String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        row[2] = String.format("%04d%02d", date.getYear(), date.getMonthValue());
        row[3] = Integer.toString(date.getYear());
        row[4] = String.format(Locale.ROOT, "%.4f", date.getYear() + (date.getDayOfYear() - 1) / 365.0);
        actor(row, 5, rs.getString("source_name"), rs.getString("source_country"), rs.getString("source_sector"));
        actor(row, 15, rs.getString("target_name"), rs.getString("target_country"), rs.getString("target_sector"));
        String code = rs.getString("code");
        row[25] = rs.getBoolean("is_root") ? "1" : "0";
        row[26] = code;
        row[27] = code.substring(0, Math.min(3, code.length()));
        row[28] = code.substring(0, 2);
        row[29] = Integer.toString(rs.getInt("quad"));
        row[30] = String.format(Locale.ROOT, "%.1f", rs.getDouble("goldstein"));
        row[31] = Long.toString(1 + rs.getLong("repeats"));
        row[32] = "1";
        row[33] = "1";
        String place = rs.getString("place");
        if (place != null) {
          row[51] = "1"; // geo type 1 = country-or-unknown precision; Chronik has a name, no coordinates
          row[52] = clean(place);
        }
        java.sql.Timestamp added = rs.getTimestamp("ingested_at");
        row[59] = added == null ? "" : added.toLocalDateTime().format(ADDED);
        row[60] = clean(rs.getString("url"));
        out.write(String.join("\t", row));
        out.write('\n');
        rows++;
      }
    } catch (SQLException | IOException e) {
      throw new StoreException("GDELT export to " + file + " failed: " + Store.firstLine(String.valueOf(e.getMessage())), e);
    }
    return new Exporter.Written("events", rows, file, leftOut(scope));
  }

  /** What GDELT's layout cannot hold: flagged and undated events. */
  private String leftOut(String scope) {
    try (Connection c = store.reader(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE e.flagged), count(*) FILTER (WHERE NOT e.flagged AND e.event_date IS NULL)"
            + " FROM events e WHERE " + scope)) {
      rs.next();
      return rs.getLong(1) + " flagged and " + rs.getLong(2) + " undated events left out";
    } catch (SQLException e) {
      throw new StoreException("GDELT export: cannot count events: " + Store.firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  /** Ten actor columns from {@code at}: code, name, country, known group, ethnic, 2 religions, 3 types. */
  private static void actor(String[] row, int at, String name, String country, String sector) {
    if (name == null && country == null) {
      return;
    }
    String c = country != null && country.matches("[A-Z]{3}") ? country : "";
    String s = sector != null && sector.matches("[A-Z]{3}") ? sector : "";
    row[at] = c + s;
    row[at + 1] = name == null ? "" : clean(name).toUpperCase(Locale.ROOT);
    row[at + 2] = c;
    row[at + 7] = s;
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }

  /** A stable positive id from the article and event ids, so re-exports agree. */
  static long globalId(String articleId, String eventId) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest((articleId + ":" + eventId).getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (d[i] & 0xff);
      }
      return v & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
