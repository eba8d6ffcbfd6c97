package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Short documents whose event actors are read from the discourse, with where each actor came from. */
class DiscourseArgumentsTest {
  @ParameterizedTest(name = "{0} => {1}")
  @CsvFileSource(resources = "/events/discourse.tsv", delimiter = '\t', quoteCharacter = '\u0000', maxCharsPerColumn = 4096)
  void discourse(String text, String expectation) {
    List<Event> events = EventTestPipeline.events(text);
    String got = events.stream()
        .map(e -> e.code().code() + " " + e.source().country() + " " + e.target().country() + " " + e.sourceFrom() + " "
            + e.targetFrom() + " " + e.modality() + " [" + e.rule() + "]")
        .collect(Collectors.joining("; "));
    for (String item : expectation.split(";")) {
      String[] f = item.trim().split("\\s+");
      if (f[0].equals("nofrom")) {
        ArgumentSource from = ArgumentSource.valueOf(f[2]);
        assertTrue(events.stream().noneMatch(e -> e.reportable() && e.code().root().equals(f[1])
            && (e.sourceFrom() == from || e.targetFrom() == from)),
            "expected no reportable " + f[1] + " event with an actor read as " + from + " in \"" + text + "\", got " + got);
        continue;
      }
      if (f[0].equals("none")) {
        assertTrue(events.stream().noneMatch(e -> e.reportable() && e.code().root().equals(f[1])),
            "expected no reportable " + f[1] + " event in \"" + text + "\", got " + got);
        continue;
      }
      boolean found = events.stream().anyMatch(e -> e.reportable() && e.code().code().equals(f[0])
          && e.source().country().equals(f[1]) && e.target().country().equals(f[2])
          && e.sourceFrom().name().equals(f[3]) && e.targetFrom().name().equals(f[4]));
      assertTrue(found, "expected " + item.trim() + " in \"" + text + "\", got " + got);
    }
  }
}
