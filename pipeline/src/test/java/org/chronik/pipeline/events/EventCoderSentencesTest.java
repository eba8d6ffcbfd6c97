package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.chronik.model.Event;
import org.chronik.model.Modality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Behaviour table: each CAMEO root with positive and negative sentences, plus modality and argument cases. */
class EventCoderSentencesTest {
  @ParameterizedTest(name = "{0} => {1}")
  @CsvFileSource(resources = "/events/sentences.tsv", delimiter = '\t', quoteCharacter = '\u0000', maxCharsPerColumn = 4096)
  void sentence(String sentence, String expectation) {
    List<Event> events = EventTestPipeline.events(sentence);
    String got = events.stream()
        .map(e -> e.code().code() + " " + e.source().country() + " " + e.target().country() + " " + e.modality()
            + (e.symmetric() ? " sym" : "") + " [" + e.rule() + "]")
        .collect(Collectors.joining("; "));
    for (String item : expectation.split(";")) {
      String[] f = item.trim().split("\\s+");
      if (f[0].equals("none")) {
        String root = f[1];
        assertTrue(events.stream().noneMatch(e -> e.reportable() && e.code().root().equals(root)),
            "expected no reportable " + root + " event in \"" + sentence + "\", got " + got);
        continue;
      }
      String code = f[0];
      String source = f[1];
      String target = f[2];
      Modality modality = f.length > 3 && !f[3].equals("sym") ? Modality.valueOf(f[3]) : null;
      boolean symmetric = item.trim().endsWith(" sym");
      boolean found = events.stream().anyMatch(e -> e.code().code().equals(code)
          && (modality == null ? e.reportable() : e.modality() == modality)
          && (!symmetric || e.symmetric())
          && (actors(e, source, target) || e.symmetric() && actors(e, target, source)));
      assertTrue(found, "expected " + item.trim() + " in \"" + sentence + "\", got " + got);
    }
  }

  private static boolean actors(Event e, String source, String target) {
    return source.equals(e.source().country()) && target.equals(e.target().country());
  }
}
