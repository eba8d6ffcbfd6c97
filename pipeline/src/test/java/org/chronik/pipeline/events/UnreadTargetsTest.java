package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * When the focus government is an act's implicit target and when not (ImplicitTarget, UnreadTargets,
 * codebooks/implicit-target-acts.tsv): sentences written for this test, each with whether a reportable
 * event of the root takes the government by default. Country-level keys cannot tell the government
 * from another actor of its country, so the test looks at how the target was found.
 */
class UnreadTargetsTest {
  @ParameterizedTest(name = "{0} => {1} {2}")
  @CsvFileSource(resources = "/events/unread-targets.tsv", delimiter = '\t', quoteCharacter = '\u0000')
  void governmentDefault(String sentence, String root, String expectation) {
    List<Event> events = EventTestPipeline.events(sentence);
    boolean byDefault = events.stream().anyMatch(e -> e.reportable() && e.code().root().equals(root)
        && e.targetFrom() == ArgumentSource.IMPLICIT && e.target().id().startsWith("state:"));
    String got = events.stream().map(e -> e.code().code() + " " + e.target().id() + " " + e.targetFrom() + " [" + e.rule() + "]")
        .collect(Collectors.joining("; "));
    assertEquals(expectation.equals("government"), byDefault, "\"" + sentence + "\": " + got);
  }
}
