package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every lexicon pattern's example, run through the real parser: the rule must fire with its code and actors. */
class EventLexiconExamplesTest {
  static Stream<Arguments> rules() {
    return EventLexicon.forLanguage("de", Codebook.cameo()).rules().stream().map(r -> Arguments.of(r.id(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void exampleCodesAsWritten(String id, EventRule rule) {
    EventRule.Example ex = rule.example();
    List<Event> events = EventTestPipeline.events(ex.sentence());
    boolean found = events.stream().anyMatch(e -> e.rule().equals(rule.id())
        && e.code().code().equals(ex.code())
        && (actors(e, ex.source(), ex.target()) || e.symmetric() && actors(e, ex.target(), ex.source())));
    assertTrue(found, rule.origin() + " " + rule.id() + ": \"" + ex.sentence() + "\" expected " + ex.code() + " "
        + ex.source() + " " + ex.target() + ", got " + events.stream()
            .map(e -> e.rule() + " " + e.code().code() + " " + e.source().country() + " " + e.target().country() + " " + e.modality())
            .collect(Collectors.joining("; ")));
  }

  private static boolean actors(Event e, String source, String target) {
    return source.equals(e.source().country()) && target.equals(e.target().country());
  }
}
