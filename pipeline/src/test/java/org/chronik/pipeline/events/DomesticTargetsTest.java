package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The implicit target of a one-sided act of the focus state's own people (FocusAim.domestic, ImplicitTarget):
 * sentences written for this test, each with the kind of target a reportable event of the root takes by default:
 * its source's own country, or none.
 */
class DomesticTargetsTest {
  @ParameterizedTest(name = "{0} => {1} {2}")
  @CsvFileSource(resources = "/events/domestic-targets.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void defaultTarget(String sentence, String root, String expectation) {
    List<Event> events = EventTestPipeline.events(sentence);
    String got = defaultKind(events, root);
    String all = events.stream().map(e -> e.code().code() + " " + (e.source() == null ? "-" : e.source().id()) + "->"
        + (e.target() == null ? "-" : e.target().id()) + " " + e.targetFrom()
        + " [" + e.rule() + "]").collect(Collectors.joining("; "));
    assertEquals(expectation, got, "\"" + sentence + "\": " + all);
  }

  /** "own" when a reportable event of {@code root} took its source's own country as its implicit target, else "none". */
  static String defaultKind(List<Event> events, String root) {
    for (Event e : events) {
      if (e.reportable() && e.code().root().equals(root) && e.targetFrom() == ArgumentSource.IMPLICIT
          && e.source() != null && e.target().id().equals("country:" + e.source().country())) {
        return "own";
      }
    }
    return "none";
  }
}
