package org.chronik.pipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the example of every entry of attribution/cues.tsv, quotes/words.tsv, marks.tsv, mood.tsv and complements.tsv. */
class QuoteLexiconExamplesTest {
  private static final QuoteLexicon LEXICON = QuoteTesting.FINDER.lexicon();

  @TestFactory
  Stream<DynamicTest> attributionCueExamples() {
    return QuoteTesting.FINDER.attributionLexicon().cues().stream()
        .map(entry -> DynamicTest.dynamicTest(entry.kind() + " " + entry.pattern(), () -> check(entry.example(), entry.expect(), entry.line())));
  }

  @TestFactory
  Stream<DynamicTest> quoteWordExamples() {
    return LEXICON.words().stream()
        .map(entry -> DynamicTest.dynamicTest(entry.kind() + " " + entry.pattern(), () -> check(entry.example(), entry.expect(), entry.line())));
  }

  @TestFactory
  Stream<DynamicTest> markExamples() {
    return LEXICON.marks().stream().map(pair -> DynamicTest.dynamicTest(pair.open() + "…" + pair.close(), () -> {
      String example = pair.example();
      List<Quote> quotes = QuoteTesting.quotes(example);
      int open = example.indexOf(pair.open());
      int close = example.indexOf(pair.close(), open + 1);
      String expected = example.substring(open + 1, close);
      List<Quote> direct = quotes.stream().filter(q -> q.type() == QuoteType.DIRECT).toList();
      assertEquals(1, direct.size(), QuoteTesting.describe(quotes, example));
      assertEquals(expected, direct.get(0).text());
    }));
  }

  @TestFactory
  Stream<DynamicTest> moodExamples() {
    return LEXICON.mood().examples().stream().map(row -> DynamicTest.dynamicTest(row[0] + " " + row[1],
        () -> assertEquals(row[1].equals("reported"), LEXICON.isReportedMood(row[0]), row[0])));
  }

  @TestFactory
  Stream<DynamicTest> complementShapeExamples() {
    return LEXICON.complements().examples().stream().map(row -> DynamicTest.dynamicTest(row[0] + " " + row[1],
        () -> assertEquals(row[1], LEXICON.complements().shape(row[0]), row[0])));
  }

  /** Two more sentences and a near-miss for each verb added to the attribution cues (test resource attribution/verbs.tsv). */
  @TestFactory
  Stream<DynamicTest> addedVerbSentences() throws java.io.IOException {
    return SpeakerFramesTest.rows("/attribution/verbs.tsv", 3).stream()
        .map(r -> DynamicTest.dynamicTest(r[0] + ": " + r[1], () -> check(r[1], r[2], String.join("\t", r))));
  }

  /** Indirect and reported speech frames with near-misses (test resource quotes/speech-frames.tsv). */
  @TestFactory
  Stream<DynamicTest> speechFrames() throws java.io.IOException {
    return SpeakerFramesTest.rows("/quotes/speech-frames.tsv", 3).stream()
        .map(r -> DynamicTest.dynamicTest(r[0] + ": " + r[1], () -> check(r[1], r[2], String.join("\t", r))));
  }

  /**
   * Checks the quote finder's output for one sentence: {@code TYPE speaker~X source~Y}, {@code none}
   * (no quotation at all) or {@code none TYPE} (no quotation of that type).
   */
  static void check(String text, String expectation, String line) {
    List<Quote> quotes = QuoteTesting.quotes(text);
    String got = QuoteTesting.describe(quotes, text);
    String[] expect = expectation.split(" ");
    if (expect[0].equals("none")) {
      boolean any = expect.length == 1 ? !quotes.isEmpty() : quotes.stream().anyMatch(q -> q.type() == QuoteType.valueOf(expect[1]));
      assertTrue(!any, line + "\n  expected no quotation" + (expect.length > 1 ? " of type " + expect[1] : "") + ", got:\n" + got);
      return;
    }
    QuoteType type = QuoteType.valueOf(expect[0]);
    for (Quote q : quotes) {
      if (q.type() == type && matches(q, expect, text)) {
        return;
      }
    }
    fail(line + "\n  expected " + expectation + ", got:\n" + got);
  }

  private static boolean matches(Quote q, String[] expect, String text) {
    for (int k = 1; k < expect.length; k++) {
      String[] kv = expect[k].split("~", 2);
      String value = switch (kv[0]) {
        case "speaker" -> q.speakerSpan() == null ? "" : q.speakerSpan().of(text);
        case "source" -> q.source() == null ? "" : q.source().name();
        default -> throw new IllegalArgumentException("unknown expectation " + expect[k]);
      };
      if (!value.contains(kv[1])) {
        return false;
      }
    }
    return true;
  }
}
