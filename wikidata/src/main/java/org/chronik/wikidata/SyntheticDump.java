package org.chronik.wikidata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic dump in Wikidata's shape for the benchmark: mostly scholarly articles, places
 * and people who hold no mapped office (skipped raw, as nearly all of the real dump is), about one
 * entity in a thousand holding a mapped office and a few organisations of mapped classes. Random ids,
 * hashes and dates keep it about as hard to compress as real data. Deterministic for a seed.
 */
public final class SyntheticDump {
  private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pl", "ru", "ja", "zh", "ar", "pt", "sv", "uk", "cs"};
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private final SplittableRandom random;
  private final List<String> offices;
  private final List<String> classes = List.of("Q7278", "Q11032", "Q17149090", "Q245065");
  private long statements;

  public SyntheticDump(long seed) {
    this.random = new SplittableRandom(seed);
    this.offices = List.copyOf(ImportRules.standard().offices().keySet());
  }

  /** Writes entities until {@code bytes} (uncompressed) are reached; gzip when the name ends in .gz. Returns the entity count. */
  public long write(Path file, long bytes) throws IOException {
    long entities = 0;
    long written = 0;
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = new BufferedOutputStream(file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw, 1 << 20)) {
      out.write("[\n".getBytes(StandardCharsets.US_ASCII));
      for (String line : officesAndCountries()) {
        byte[] b = (line + ",\n").getBytes(StandardCharsets.UTF_8);
        out.write(b);
        written += b.length;
        entities++;
      }
      while (written < bytes) {
        byte[] line = (entity(entities + 1) + (written + 1 < bytes ? ",\n" : "\n")).getBytes(StandardCharsets.UTF_8);
        out.write(line);
        written += line.length;
        entities++;
      }
      out.write("]\n".getBytes(StandardCharsets.US_ASCII));
    }
    return entities;
  }

  /** The mapped offices, each with a jurisdiction that has an ISO code, so that holders become rows. */
  private List<String> officesAndCountries() {
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < offices.size(); i++) {
      String country = "Q" + (9_100_000_000L + i);
      String iso = "X" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
      lines.add("{\"type\":\"item\",\"id\":\"" + country + "\",\"labels\":{" + languageMap("Land " + word(6), 3) + "},\"claims\":{\"P298\":[{\"mainsnak\":"
          + "{\"snaktype\":\"value\",\"property\":\"P298\",\"datavalue\":" + string(iso) + "},\"type\":\"statement\",\"rank\":\"normal\"}]},\"sitelinks\":{}}");
      StringBuilder claims = new StringBuilder();
      claim(claims, offices.get(i), "P1001", item(Long.parseLong(country.substring(1))));
      lines.add("{\"type\":\"item\",\"id\":\"" + offices.get(i) + "\",\"labels\":{" + languageMap("Office " + word(8), 2) + "},\"claims\":{"
          + claims + "},\"sitelinks\":{}}");
    }
    return lines;
  }

  String entity(long n) {
    String id = "Q" + (n * 7 + random.nextInt(7));
    int kind = random.nextInt(1000);
    StringBuilder claims = new StringBuilder();
    String p31;
    if (kind < 450) { // scholarly article: long, many citations
      p31 = "Q13442814";
      claim(claims, id, "P356", string("10." + random.nextInt(1000, 9999) + "/" + word(12)));
      claim(claims, id, "P577", time());
      for (int i = 0, k = random.nextInt(2, 8); i < k; i++) {
        claim(claims, id, "P50", item(random.nextInt(1, 120_000_000)));
      }
      for (int i = 0, k = random.nextInt(5, 40); i < k; i++) {
        claim(claims, id, "P2860", item(random.nextInt(1, 120_000_000)));
      }
    } else if (kind < 700) { // place, taxon, other things
      p31 = "Q" + random.nextInt(1, 5_000_000);
      claim(claims, id, "P17", item(random.nextInt(1, 300)));
      claim(claims, id, "P625", string(random.nextDouble(-90, 90) + "," + random.nextDouble(-180, 180)));
    } else if (kind < 997) { // a person without a mapped office (some hold other offices)
      p31 = "Q5";
      claim(claims, id, "P569", time());
      claim(claims, id, "P27", item(random.nextInt(1, 300)));
      for (int i = 0, k = random.nextInt(1, 4); i < k; i++) {
        claim(claims, id, "P106", item(random.nextInt(1, 2_000_000)));
      }
      if (kind > 960) {
        claim(claims, id, "P39", item(30_000_000 + random.nextInt(1_000_000)) + qualifiers());
      }
    } else if (kind < 999) { // an office holder
      p31 = "Q5";
      claim(claims, id, "P39", item(Long.parseLong(offices.get(random.nextInt(offices.size())).substring(1))) + qualifiers());
    } else { // an organisation of a mapped class
      p31 = classes.get(random.nextInt(classes.size()));
      claim(claims, id, "P17", item(random.nextInt(1, 300)));
    }
    StringBuilder all = new StringBuilder();
    claim(all, id, "P31", item(Long.parseLong(p31.substring(1))));
    if (claims.length() > 0) {
      all.append(',').append(claims);
    }
    String name = Character.toUpperCase(LETTERS.charAt(random.nextInt(26))) + word(random.nextInt(4, 10)) + " " + word(random.nextInt(4, 12));
    return "{\"type\":\"item\",\"id\":\"" + id + "\",\"labels\":{" + languageMap(name, random.nextInt(1, LANGUAGES.length))
        + "},\"descriptions\":{" + languageMap(word(8) + " " + word(6) + " " + word(9), random.nextInt(1, 8))
        + "},\"aliases\":{},\"claims\":{" + all + "},\"sitelinks\":{},\"lastrevid\":" + random.nextInt(1, 2_000_000_000)
        + ",\"modified\":\"2025-" + two(random.nextInt(1, 13)) + "-" + two(random.nextInt(1, 29)) + "T10:00:00Z\"}";
  }

  private void claim(StringBuilder out, String id, String property, String mainsnakValue) {
    String key = "\"" + property + "\":[";
    if (out.indexOf(key) < 0) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(key).append(statement(id, property, mainsnakValue)).append(']');
    } else {
      out.insert(out.indexOf(key) + key.length(), statement(id, property, mainsnakValue) + ",");
    }
  }

  private String statement(String id, String property, String value) {
    String qualifiers = "";
    int q = value.indexOf("|Q|");
    if (q >= 0) {
      qualifiers = value.substring(q + 3);
      value = value.substring(0, q);
    }
    return "{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"" + property + "\",\"hash\":\"" + hash() + "\",\"datavalue\":" + value
        + ",\"datatype\":\"wikibase-item\"},\"type\":\"statement\"" + qualifiers + ",\"id\":\"" + id + "$" + uuid() + "\",\"rank\":\"normal\","
        + "\"references\":[{\"hash\":\"" + hash() + "\",\"snaks\":{\"P248\":[{\"snaktype\":\"value\",\"property\":\"P248\",\"datavalue\":"
        + item(random.nextInt(1, 100_000_000)) + ",\"datatype\":\"wikibase-item\"}]},\"snaks-order\":[\"P248\"]}]}";
  }

  private String qualifiers() {
    int start = random.nextInt(1950, 2026);
    String end = random.nextInt(4) == 0 ? "" : ",\"P582\":[{\"snaktype\":\"value\",\"property\":\"P582\",\"datavalue\":" + time(start + random.nextInt(1, 9)) + "}]";
    return "|Q|,\"qualifiers\":{\"P580\":[{\"snaktype\":\"value\",\"property\":\"P580\",\"datavalue\":" + time(start) + "}]" + end + "}";
  }

  private String item(long n) {
    statements++;
    return "{\"value\":{\"entity-type\":\"item\",\"numeric-id\":" + n + ",\"id\":\"Q" + n + "\"},\"type\":\"wikibase-entityid\"}";
  }

  private static String string(String s) {
    return "{\"value\":\"" + s + "\",\"type\":\"string\"}";
  }

  private String time() {
    return time(random.nextInt(1800, 2026));
  }

  private String time(int year) {
    return "{\"value\":{\"time\":\"+" + year + "-" + two(random.nextInt(1, 13)) + "-" + two(random.nextInt(1, 29))
        + "T00:00:00Z\",\"timezone\":0,\"before\":0,\"after\":0,\"precision\":11,\"calendarmodel\":\"http://www.wikidata.org/entity/Q1985727\"},\"type\":\"time\"}";
  }

  private String languageMap(String text, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append('"').append(LANGUAGES[i]).append("\":{\"language\":\"").append(LANGUAGES[i]).append("\",\"value\":\"").append(text).append("\"}");
    }
    return out.toString();
  }

  private String word(int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(LETTERS.charAt(random.nextInt(26)));
    }
    return s.toString();
  }

  private String hash() {
    return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE).substring(0, 8);
  }

  private String uuid() {
    return java.util.UUID.nameUUIDFromBytes(Long.toString(random.nextLong()).getBytes(StandardCharsets.US_ASCII)).toString().toUpperCase();
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
