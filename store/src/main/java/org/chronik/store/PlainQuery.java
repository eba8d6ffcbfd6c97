package org.chronik.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * What a person types into a search box, made into a Lucene query text in which nothing is syntax:
 * words stay words ("9/11", "USA/China", "(offen", "C++"), "quoted text" stays a phrase, and AND,
 * OR and NOT are searched like any other word. An unpaired quote is text too.
 */
final class PlainQuery {
  private PlainQuery() {}

  static String toLucene(String typed) {
    List<String> parts = new ArrayList<>();
    int quotes = (int) typed.chars().filter(c -> c == '"').count();
    int lastPairedQuote = quotes % 2 == 0 ? typed.length() : typed.lastIndexOf('"');
    StringBuilder word = new StringBuilder();
    boolean inPhrase = false;
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (c == '"' && i != lastPairedQuote) {
        flush(parts, word, inPhrase);
        inPhrase = !inPhrase;
      } else if (Character.isWhitespace(c) && !inPhrase) {
        flush(parts, word, false);
      } else {
        word.append(c);
      }
    }
    flush(parts, word, inPhrase);
    return String.join(" ", parts);
  }

  private static void flush(List<String> parts, StringBuilder word, boolean phrase) {
    String w = word.toString().strip();
    word.setLength(0);
    if (w.isEmpty()) {
      return;
    }
    if (phrase) {
      parts.add("\"" + QueryParserBase.escape(w) + "\"");
    } else {
      // the classic parser reads AND/OR/NOT as operators even when escaped; the analyzer lowercases anyway
      parts.add(QueryParserBase.escape(w.equals("AND") || w.equals("OR") || w.equals("NOT") ? w.toLowerCase(Locale.ROOT) : w));
    }
  }
}
