package org.chronik.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.chronik.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus reader and scorer on a document written for this test. */
class QuoteCorpusScorerTest {
  private static final String TEXT = "Anna Berg sagte: „Wir bauen.“ Sie meinte, es werde teuer. Der Titel „Nord“ stand fest.";

  private static final String JSON = """
      {"originalText": %s, "annotations": [
        {"type": "Direct", "quote": {"spans": [{"charBegin": 17, "charEnd": 29}]}, "speaker": {"spans": [{"charBegin": 0, "charEnd": 9}]}},
        {"type": "Indirect", "quote": {"spans": [{"charBegin": 42, "charEnd": 56}]}, "speaker": {"spans": [{"charBegin": 30, "charEnd": 33}]}},
        {"type": "Reported", "quote": {"spans": [{"charBegin": 58, "charEnd": 86}]}, "speaker": {"spans": []}}
      ]}""";

  private static QuoteCorpusDocument read(Path dir) throws IOException {
    Path file = dir.resolve("1 - Test (2020-05-04).json");
    Files.writeString(file, String.format(JSON, "\"" + TEXT.replace("\"", "\\\"") + "\""), StandardCharsets.UTF_8);
    return QuoteCorpusReader.read(file, System.err);
  }

  @Test
  void readsTextDateAndQuotations(@TempDir Path dir) throws IOException {
    QuoteCorpusDocument doc = read(dir);
    assertEquals("2020-05-04", doc.date().toString());
    assertEquals(3, doc.quotes().size());
    assertEquals("„Wir bauen.“", doc.quotes().get(0).spans().get(0).of(doc.text()));
  }

  @Test
  void badFileGetsOneLineAndNull(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"annotations\": []}");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertNull(QuoteCorpusReader.read(file, new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken.json: no originalText"));
  }

  @Test
  void scoresByTypeOverlapAndSpeaker(@TempDir Path dir) throws IOException {
    QuoteCorpusDocument doc = read(dir);
    ActorRef anna = new ActorRef("person:anna-berg", "Anna Berg", ActorType.PERSON, null, null, null);
    List<Quote> quotes = List.of(
        new Quote(new Span(18, 28), "Wir bauen.", QuoteType.DIRECT, new Span(10, 15), "sagte", anna, new Span(0, 9), null),
        // right clause, speaker named by a pronoun span that is the gold speaker
        new Quote(new Span(42, 56), "es werde teuer", QuoteType.INDIRECT, null, null, anna, new Span(30, 33), null),
        // a title in marks wrongly taken for speech
        new Quote(new Span(69, 73), "Nord", QuoteType.PARTIAL, null, null, null, null, null));
    QuoteCorpusScorer scorer = new QuoteCorpusScorer();
    scorer.add(doc, quotes, List.of(new Mention(new Span(0, 9), "Anna Berg", anna, "NAME", "test")));
    QuoteCorpusScore score = scorer.score();
    QuoteCorpusScore.Row direct = score.row("Direct");
    assertEquals(1, direct.gold());
    assertEquals(1, direct.found());
    assertEquals(2, direct.system());
    assertEquals(1, direct.correct());
    assertEquals(0.5, direct.precision(), 1e-9);
    assertEquals(1.0, direct.speakerAccuracy(), 1e-9);
    QuoteCorpusScore.Row indirect = score.row("Indirect");
    assertEquals(1.0, indirect.recall(), 1e-9);
    assertEquals(1.0, indirect.precision(), 1e-9);
    // the Reported gold item is overlapped only by the wrong PARTIAL quotation: a quotation in marks does not find it
    assertEquals(0, score.row("Reported").found());
    assertTrue(score.table().contains("Direct"));
  }

  @Test
  void reportedSpeechIsScoredAsTheCorpusTypeReported(@TempDir Path dir) throws IOException {
    QuoteCorpusDocument doc = read(dir);
    List<Quote> quotes = List.of(
        new Quote(new Span(58, 86), "Der Titel „Nord“ stand fest", QuoteType.REPORTED, null, null, null, null, null),
        // an act reported where the gold has indirect speech: wrong for Reported, but counted in the lenient row
        new Quote(new Span(42, 56), "es werde teuer", QuoteType.REPORTED, null, null, null, null, null));
    QuoteCorpusScorer scorer = new QuoteCorpusScorer();
    scorer.add(doc, quotes, List.of());
    QuoteCorpusScore score = scorer.score();
    QuoteCorpusScore.Row reported = score.row("Reported");
    assertTrue(reported.scored());
    assertEquals(1, reported.found());
    assertEquals(2, reported.system());
    assertEquals(1, reported.correct());
    assertEquals(0, score.row("Indirect").found());
    assertEquals(2, score.row("Indirect, any").found());
    assertEquals("Reported", QuoteCorpusScorer.corpusType(QuoteType.REPORTED));
  }

  @Test
  void speakerRightThroughAMentionOfTheLinkedActor(@TempDir Path dir) throws IOException {
    QuoteCorpusDocument doc = read(dir);
    ActorRef anna = new ActorRef("person:anna-berg", "A. B.", ActorType.PERSON, null, null, null);
    Quote q = new Quote(new Span(42, 56), "es werde teuer", QuoteType.INDIRECT, null, null, anna, new Span(58, 61), null);
    GoldQuote gold = doc.quotes().get(1);
    assertTrue(QuoteCorpusScorer.speakerRight(q, gold, List.of(new Mention(new Span(30, 33), "Sie", anna, "PRONOUN", "test")), doc.text()));
    assertTrue(!QuoteCorpusScorer.speakerRight(q, gold, List.of(), doc.text()));
  }
}
