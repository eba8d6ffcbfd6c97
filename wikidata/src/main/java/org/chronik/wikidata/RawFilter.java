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
  private static final byte[] ISO3 = "\"P298\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  /** Redirect and deletion lines are a few dozen bytes; real entities are far longer. */
  static final int SHORT_LINE = 200;

  private final LongSet wanted;

  RawFilter(LongSet wanted) {
    this.wanted = wanted;
  }

  boolean wanted(byte[] b, int from, int to) {
    return to - from < SHORT_LINE || namesWantedItem(b, from, to) || indexOf(b, from, to, ISO3) >= 0;
  }

  private boolean namesWantedItem(byte[] b, int from, int to) {
    int i = from;
    while ((i = indexOf(b, i, to, ID)) >= 0) {
      i += ID.length;
      long n = 0;
      int digits = 0;
      while (i < to && digits < 18 && b[i] >= '0' && b[i] <= '9') {
        n = n * 10 + (b[i] - '0');
        i++;
        digits++;
      }
      if (digits > 0 && wanted.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** First index of {@code pattern} in b[from, to), or -1. */
  static int indexOf(byte[] b, int from, int to, byte[] pattern) {
    byte first = pattern[0];
    int last = to - pattern.length;
    for (int i = from; i <= last; i++) {
      if (b[i] != first) {
        continue;
      }
      int k = 1;
      while (k < pattern.length && b[i + k] == pattern[k]) {
        k++;
      }
      if (k == pattern.length) {
        return i;
      }
    }
    return -1;
  }
}
