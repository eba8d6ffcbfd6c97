package org.chronik.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;

/**
 * Reads HeidelTime's TimeML output back onto the original body: the output is the body with TIMEX3
 * tags inserted and XML entities escaped, so walking both in step gives exact body offsets.
 */
final class TimeMlReader {
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private TimeMlReader() {}

  static List<TimeExpression> read(String timeml, String body) {
    int open = timeml.indexOf("<TimeML>");
    int close = timeml.lastIndexOf("</TimeML>");
    String text = timeml.substring(open < 0 ? 0 : open + "<TimeML>".length(), close < 0 ? timeml.length() : close);
    List<TimeExpression> out = new ArrayList<>();
    int o = 0; // position in the body
    int begin = -1;
    String type = null;
    String value = null;
    String mod = null;
    for (int p = 0; p < text.length(); ) {
      if (text.startsWith("<TIMEX3", p)) {
        int end = text.indexOf('>', p);
        Matcher m = ATTRIBUTE.matcher(text.substring(p, end));
        type = null;
        value = null;
        mod = null;
        while (m.find()) {
          switch (m.group(1)) {
            case "type" -> type = m.group(2);
            case "value" -> value = m.group(2);
            case "mod" -> mod = m.group(2);
            default -> { }
          }
        }
        begin = o;
        p = end + 1;
        continue;
      }
      if (text.startsWith("</TIMEX3>", p)) {
        if (begin >= 0 && o > begin) {
          Span span = new Span(begin, o);
          out.add(new TimeExpression(span, span.of(body), type, value, mod, "heideltime"));
        }
        begin = -1;
        p += "</TIMEX3>".length();
        continue;
      }
      char c = text.charAt(p);
      int len = 1;
      if (c == '&') {
        int semi = text.indexOf(';', p);
        if (semi > p && semi - p <= 6) {
          c = entity(text.substring(p + 1, semi));
          len = semi - p + 1;
        }
      }
      int at = o;
      while (at < body.length() && at < o + 8 && body.charAt(at) != c) {
        at++; // tolerate small differences (a newline the writer added or dropped)
      }
      if (at < body.length() && body.charAt(at) == c) {
        o = at + 1;
      }
      p += len;
    }
    return out;
  }

  private static char entity(String name) {
    return switch (name) {
      case "amp" -> '&';
      case "lt" -> '<';
      case "gt" -> '>';
      case "quot" -> '"';
      case "apos" -> '\'';
      default -> '?';
    };
  }
}
