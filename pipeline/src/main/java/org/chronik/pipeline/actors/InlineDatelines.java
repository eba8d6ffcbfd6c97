package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.model.Sentence;
import org.chronik.model.Span;

/**
 * Datelines the cleaner cannot see because they do not start a line: a one-line text (a news
 * corpus that runs title, lead and body together) has "… im Friedensprozess. Kairo/Jerusalem – Die
 * Vermittler …". A sentence that begins with capitalized words joined by "/" and then an en or em
 * dash before a capital, a digit or an opening quote begins with a dateline; its place is never an
 * actor. Only typography is read here (capital letters, slashes, dashes), so it holds for any
 * language that writes datelines this way. A lower-case word after the dash ("Kiew – das war …")
 * makes the dash part of the sentence.
 */
final class InlineDatelines {
  private static final Pattern DATELINE = Pattern.compile(
      "\\p{Lu}[\\p{L}.'’-]*+(?:/\\p{Lu}[\\p{L}.'’-]*+){0,3}(?=\\h+[–—]\\h+[\\p{Lu}\\p{N}„\"“])");

  private InlineDatelines() {}

  /** The places of the sentence-initial datelines of {@code body}, one span per dateline. */
  static List<Span> find(String body, List<Sentence> sentences) {
    List<Span> out = new ArrayList<>();
    for (Sentence sentence : sentences) {
      int begin = sentence.span().begin();
      if (begin < 0 || begin >= body.length()) {
        continue;
      }
      Matcher m = DATELINE.matcher(body).region(begin, Math.min(body.length(), sentence.span().end()));
      m.useTransparentBounds(true);
      if (m.lookingAt()) {
        out.add(new Span(m.start(), m.end()));
      }
    }
    return out;
  }
}
