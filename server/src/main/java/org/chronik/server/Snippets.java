package org.chronik.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a search snippet whose matched words the store marks with [ and ] into parts, so the
 * browser can mark hits without ever parsing the text as HTML.
 */
final class Snippets {
  private Snippets() {}

  static List<Map<String, Object>> parts(String snippet) {
    List<Map<String, Object>> parts = new ArrayList<>();
    if (snippet == null) {
      return parts;
    }
    int i = 0;
    while (i < snippet.length()) {
      int open = snippet.indexOf('[', i);
      int close = open < 0 ? -1 : snippet.indexOf(']', open + 1);
      if (open < 0 || close < 0) {
        add(parts, snippet.substring(i), false);
        break;
      }
      add(parts, snippet.substring(i, open), false);
      add(parts, snippet.substring(open + 1, close), true);
      i = close + 1;
    }
    return parts;
  }

  private static void add(List<Map<String, Object>> parts, String text, boolean hit) {
    if (!text.isEmpty()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", text);
      m.put("hit", hit);
      parts.add(m);
    }
  }
}
