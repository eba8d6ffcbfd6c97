package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lexicon pattern's examples and near-misses, run through the real parser: the rule must fire
 * on each example with its code and actors, and give no reportable event on each near-miss.
 */
class EventLexiconExamplesTest {
  private static final List<EventRule> RULES = EventLexicon.forLanguage("de", Codebook.cameo()).rules();

  static Stream<Arguments> examples() {
    return RULES.stream().flatMap(r -> r.examples().stream().map(ex -> Arguments.of(r.id(), r, ex)));
  }

  static Stream<Arguments> nearMisses() {
    return RULES.stream().flatMap(r -> r.nearMisses().stream().map(text -> Arguments.of(r.id(), r, text)));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("examples")
  void exampleCodesAsWritten(String id, EventRule rule, EventRule.Example ex) {
    List<Event> events = EventTestPipeline.events(ex.sentence());
    boolean found = events.stream().anyMatch(e -> e.rule().equals(rule.id())
        && e.code().code().equals(ex.code())
        && (actors(e, ex.source(), ex.target()) || e.symmetric() && actors(e, ex.target(), ex.source())));
    assertTrue(found, rule.origin() + " " + rule.id() + ": \"" + ex.sentence() + "\" expected " + ex.code() + " "
        + ex.source() + " " + ex.target() + ", got " + describe(events));
  }

  @ParameterizedTest(name = "{0} not: {2}")
  @MethodSource("nearMisses")
  void nearMissGivesNoReportableEvent(String id, EventRule rule, String sentence) {
    List<Event> events = EventTestPipeline.events(sentence);
    boolean fired = events.stream().anyMatch(e -> e.rule().equals(rule.id()) && e.reportable());
    assertTrue(!fired, rule.origin() + " " + rule.id() + " must not fire on \"" + sentence + "\", got " + describe(events));
  }

  private static String describe(List<Event> events) {
    return events.stream()
        .map(e -> e.rule() + " " + e.code().code() + " " + e.source().country() + " " + e.target().country() + " " + e.modality())
        .collect(Collectors.joining("; "));
  }

  private static boolean actors(Event e, String source, String target) {
    return source.equals(e.source().country()) && target.equals(e.target().country());
  }
}
