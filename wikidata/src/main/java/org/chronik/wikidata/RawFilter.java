package org.chronik.wikidata;

/**
 * Decides on the raw bytes of a dump line whether it is worth parsing: it names one of the wanted
 * offices or classes as an item value ({@code "id":"Q4970706"}), carries an ISO 3166-1 alpha-3 code
 * ({@code "P298"}, a country), or is a short line (redirects and deleted entities). Nearly all of
 * Wikidata's 110 million entities name none of them and are skipped unparsed. Relies on the dump's
 * compact JSON (no blanks between key and value), which Wikidata writes.
 */
final class RawFilter {
  private static final byte[] ID = "\"id\":\"Q".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  /** Redirect and deletion lines are a few dozen bytes; real entities are far longer. */
  static final int SHORT_LINE = 200;

  private final LongSet wanted;

  RawFilter(LongSet wanted) {
    this.wanted = wanted;
  }

  boolean wanted(byte[] b, int from, int to) {
    if (to - from < SHORT_LINE) {
      return true;
    }
    // one pass: at each quote, is it "id":"Q<digits>" naming a wanted item, or the key "P298"?
    int last = to - ID.length;
    for (int i = from; i < last; i++) {
      if (b[i] != '"') {
        continue;
      }
      if (b[i + 1] == 'i' && b[i + 2] == 'd' && b[i + 3] == '"' && b[i + 4] == ':' && b[i + 5] == '"' && b[i + 6] == 'Q') {
        int j = i + ID.length;
        long n = 0;
        while (j < to && j - i - ID.length < 18 && b[j] >= '0' && b[j] <= '9') {
          n = n * 10 + (b[j] - '0');
          j++;
        }
        if (j > i + ID.length && wanted.contains(n)) {
          return true;
        }
        i = j - 1;
      } else if (b[i + 1] == 'P' && b[i + 2] == '2' && b[i + 3] == '9' && b[i + 4] == '8' && b[i + 5] == '"') {
        return true;
      }
    }
    return false;
  }
}
