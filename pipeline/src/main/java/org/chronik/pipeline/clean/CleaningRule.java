package org.chronik.pipeline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.model.Span;

/**
 * One furniture rule: a pattern whose named group {@code furniture} is the furniture; a dateline
 * rule also names {@code place} and may name {@code agency}. Immutable and thread-safe.
 *
 * @param examples example lines from the data, furniture marked with [[ ]] (executed by a test)
 * @param counters near-miss lines on which no rule may fire
 */
public record CleaningRule(String id, String kind, Pattern pattern, boolean hasPlace, boolean hasAgency,
    List<Example> examples, List<String> counters) {

  /** An example line and, for datelines, the place and agency it must yield (null when not given). */
  public record Example(String text, String place, String agency) {}

  /** One match in a text. */
  public record Match(CleaningRule rule, Span span, String place, String agency) {}

  public CleaningRule {
    examples = List.copyOf(examples);
    counters = List.copyOf(counters);
  }

  public List<Match> findAll(String text) {
    List<Match> matches = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (m.start("furniture") < m.end("furniture")) {
        matches.add(new Match(this, new Span(m.start("furniture"), m.end("furniture")),
            hasPlace ? m.group("place") : null, hasAgency ? m.group("agency") : null));
      }
    }
    return matches;
  }
}
