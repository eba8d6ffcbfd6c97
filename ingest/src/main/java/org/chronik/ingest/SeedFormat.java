package org.chronik.ingest;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;

/**
 * The seed text format: the first line starts with " date YYYY-MM-DD " (or YYYY-MM) and the article
 * text follows on the same line after one space. The body is everything after that header.
 */
public final class SeedFormat {
  private static final Pattern HEADER = Pattern.compile("^ ?date (\\S+) ");

  private SeedFormat() {}

  /** True when the content starts like a seed-format document. */
  public static boolean looksLike(String content) {
    return content.startsWith(" date ") || content.startsWith("date ");
  }

  /**
   * Parses a seed-format document.
   *
   * @param name the file name, used in error messages and as the article's source
   * @throws InputException when the header is malformed
   */
  public static Article parse(String content, String name) {
    Matcher m = HEADER.matcher(content);
    if (!m.find()) {
      String first = content.lines().findFirst().orElse("");
      throw new InputException(name, "bad date header on line 1: \"" + abbreviate(first) + "\" (expected \" date YYYY-MM-DD \" or \" date YYYY-MM \")");
    }
    PartialDate date;
    try {
      date = PartialDate.parse(m.group(1));
      if (date.precision() == PartialDate.Precision.YEAR) {
        throw new IllegalArgumentException("year precision");
      }
    } catch (IllegalArgumentException e) {
      throw new InputException(name, "bad date header on line 1: \"date " + abbreviate(m.group(1)) + "\" (expected YYYY-MM-DD or YYYY-MM)");
    }
    String body = content.substring(m.end());
    if (body.isBlank()) {
      throw new InputException(name, "no text after the date header");
    }
    String title = headline(body);
    return new Article(ArticleIds.of(body, null), name, null, date, title, body, null, null, List.of(), Map.of());
  }

  /** The first line when it reads like a headline: short, not ending a sentence, followed by a blank line. */
  static String headline(String body) {
    int nl = body.indexOf('\n');
    if (nl < 0) {
      return null;
    }
    String first = body.substring(0, nl).strip();
    boolean blankAfter = body.startsWith("\n", nl + 1) || body.startsWith("\r\n", nl + 1);
    boolean sentenceEnd = first.endsWith(".") || first.endsWith("\"") || first.endsWith("“");
    return !first.isEmpty() && first.length() <= 160 && blankAfter && !sentenceEnd ? first : null;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
