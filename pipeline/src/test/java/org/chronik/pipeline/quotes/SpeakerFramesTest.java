package org.chronik.pipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.chronik.model.Quote;
import org.chronik.model.io.Tsv;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The speaker of each frame in {@code speaker-frames.tsv} (sentences written for this test), with near-misses. */
class SpeakerFramesTest {

  @TestFactory
  Stream<DynamicTest> frames() {
    return rows("/quotes/speaker-frames.tsv", 4).stream().map(r -> DynamicTest.dynamicTest(r[0] + ": " + r[1], () -> check(r[1], r[2], r[3])));
  }

  static void check(String text, String begins, String expect) {
    List<Quote> quotes = QuoteTesting.quotes(text);
    Quote q = quotes.stream().filter(x -> x.text().startsWith(begins)).findFirst().orElse(null);
    assertNotNull(q, "no quotation starting \"" + begins + "\":\n" + QuoteTesting.describe(quotes, text));
    String span = q.speakerSpan() == null ? "" : q.speakerSpan().of(text);
    String name = q.speaker() == null || q.speaker().name() == null ? "" : q.speaker().name();
    String got = QuoteTesting.describe(List.of(q), text);
    if (expect.startsWith("speaker~")) {
      String want = expect.substring("speaker~".length());
      assertTrue(span.contains(want) || name.contains(want), "expected speaker " + want + ", got " + got);
    } else if (expect.startsWith("!")) {
      String not = expect.substring(1).toLowerCase(Locale.ROOT);
      assertFalse(span.toLowerCase(Locale.ROOT).contains(not) || name.toLowerCase(Locale.ROOT).contains(not), "must not be the speaker: " + got);
    } else {
      fail("unknown expectation " + expect);
    }
  }

  /** The rows of a tab-separated test resource with exactly {@code columns} fields; '#' lines are comments. */
  static List<String[]> rows(String resource, int columns) {
    return Tsv.fields(resource, columns);
  }
}
