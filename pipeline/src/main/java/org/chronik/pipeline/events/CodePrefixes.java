package org.chronik.pipeline.events;

import java.util.Map;

/** Tables keyed by CAMEO code prefix, where the longest listed prefix of a code decides. */
final class CodePrefixes {
  private CodePrefixes() {}

  /** The value of the longest prefix of {@code code} (two digits at least) listed in {@code byPrefix}, or null. */
  static <T> T longest(Map<String, T> byPrefix, String code) {
    for (int len = code.length(); len >= 2; len--) {
      T value = byPrefix.get(code.substring(0, len));
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
