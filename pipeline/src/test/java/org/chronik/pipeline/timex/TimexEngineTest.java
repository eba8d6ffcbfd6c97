package org.chronik.pipeline.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.model.PartialDate;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Engine behaviour beyond single rules: references, precision, overlaps, undated text. */
class TimexEngineTest {
  private static TimexEngine engine;

  @BeforeAll
  static void load() {
    engine = TimexEngine.forLanguage("de");
  }

  private static List<String> values(String text, String creation, boolean narrative, Tense tense) {
    PartialDate date = creation == null ? null : PartialDate.parse(creation);
    return engine.tag(text, new Reference(date, narrative), tense).stream().map(TimeExpression::value).toList();
  }

  @Test
  void aRangeBoundDoesNotMoveTheStoryTime() {
    assertEquals(List.of("1921-05", "1935", "1921-07"),
        values("Im Mai 1921 kam es zum Aufstand, der bis 1935 nachwirkte. Im Juli wurde verhandelt.", "2020-01-01", true, Tense.PAST));
    assertEquals(List.of("1935", "1935-07"), values("Der Streit währte bis 1935. Im Juli wurde verhandelt.", "2020-01-01", true, Tense.PAST));
  }

  @Test
  void coarserMentionKeepsTheFinerReference() {
    assertEquals(List.of("1866-05-03", "1866", "1866-05-04"),
        values("Am 3. Mai 1866 begann es. Das Jahr 1866 blieb in Erinnerung; am nächsten Tag fiel die Festung.", "2020-01-01", true, Tense.PAST));
  }

  @Test
  void relativeDaysNeverGetFinerThanTheCreationDate() {
    assertEquals(List.of("2022-06", "2022-06"), values("Gestern tagte der Rat, vergangene Woche auch.", "2022-06", false, Tense.PAST));
  }

  @Test
  void undatedTextKeepsOnlyWhatNeedsNoAnchor() {
    // "damals" takes the date just told, which needs no creation date either
    assertEquals(List.of("1999-03-03", "P3W", "1999-03-03", "PAST_REF"),
        values("Am 3. März 1999, drei Wochen nach Gestern, damals. Seitdem nichts.", null, false, Tense.PAST)
        .stream().filter(v -> !v.startsWith("20")).toList());
  }

  @Test
  void longestMatchWinsAndSpansAreExact() {
    String text = "Seit dem 12. Mai 2020 gilt die Regel.";
    List<TimeExpression> found = engine.tag(text, new Reference(PartialDate.parse("2025-11-04"), false), Tense.PRESENT);
    assertEquals(1, found.size(), found.toString());
    assertEquals("12. Mai 2020", found.get(0).text());
    assertEquals(text.indexOf("12."), found.get(0).span().begin());
  }

  @Test
  void presentTenseTakesTheNearestWeekday() {
    assertEquals(List.of("2025-11-03"), values("Am Montag beginnt der Prozess.", "2025-11-05", false, Tense.PRESENT));
    assertEquals(List.of("2025-11-07"), values("Am Freitag beginnt der Prozess.", "2025-11-05", false, Tense.PRESENT));
  }

  /**
   * Tags a text whose sentences end at a full stop after a word or at a line break, each sentence with its own tense (the
   * tenses in order; the last one goes on).
   */
  private static List<String> story(String text, String creation, boolean narrative, Tense... tenses) {
    List<Span> regions = new ArrayList<>();
    Matcher end = Pattern.compile("(?<=\\p{L}\\.)(?= |$)|\\n+").matcher(text);
    int from = 0;
    while (end.find()) {
      if (!text.substring(from, end.start()).isBlank()) {
        regions.add(new Span(from + (text.charAt(from) == ' ' ? 1 : 0), end.start()));
      }
      from = end.end();
    }
    IntFunction<Tense> tenseAt = offset -> {
      int k = 0;
      while (k + 1 < regions.size() && regions.get(k).end() <= offset) {
        k++;
      }
      return tenses[Math.min(k, tenses.length - 1)];
    };
    return engine.tag(text, regions, tenseAt, new Reference(PartialDate.parse(creation), narrative)).stream().map(TimeExpression::value).toList();
  }

  @Test
  void aDateHeadingTakesBackAParagraphThatStrayedIntoAnotherYear() {
    assertEquals(List.of("1918", "1918-03-03", "1919-01", "1918-07"),
        story("1918\n\nAm 3. März wurde unterzeichnet. Im Januar 1919 war es vorbei.\n\nIm Juli kam es zu Kämpfen.", "2020-01-01", true, Tense.PAST));
    // near misses: a heading that is more than a date, and a new sentence in the same paragraph
    assertEquals(List.of("1918", "1918-03-03", "1919-01", "1919-07"),
        story("Der Krieg 1918\n\nAm 3. März wurde unterzeichnet. Im Januar 1919 war es vorbei.\n\nIm Juli kam es zu Kämpfen.", "2020-01-01", true, Tense.PAST));
    assertEquals(List.of("1918", "1918-03-03", "1919-01", "1919-07"),
        story("1918\n\nAm 3. März wurde unterzeichnet. Im Januar 1919 war es vorbei. Im Juli kam es zu Kämpfen.", "2020-01-01", true, Tense.PAST));
  }

  @Test
  void aPluperfectDateBeforeTheStoryIsBackgroundOneAheadMovesItOn() {
    assertEquals(List.of("1920-05", "1919", "1920-07"),
        story("Im Mai 1920 griff die Armee an. Sie hatte im Vorjahr eine Niederlage erlitten. Im Juli endete der Angriff.", "2025-11-04", true,
            Tense.PAST, Tense.PLUPERFECT, Tense.PAST));
    assertEquals(List.of("1939", "1940-02-05", "1940-02-21"),
        story("Ende 1939 ruhte die Front. Am 5. Februar 1940 hatte der Rat beschlossen anzugreifen. Am 21. Februar begann es.", "2025-11-04", true,
            Tense.PAST, Tense.PLUPERFECT, Tense.PAST));
  }

  @Test
  void aClockTimeInAPastClauseTakesTheDayTheStoryIsOn() {
    assertEquals(List.of("2025-11-04", "2025-11-04T08:30"),
        story("Am Dienstag wurde das Boot gesichtet. Es wurde um 8.30 Uhr gestoppt.", "2025-11-06", false, Tense.PAST));
    assertEquals(List.of("2025-11-04", "2025-11-06T15:00"),
        story("Am Dienstag wurde gewählt. Um 15 Uhr beginnt die Auszählung.", "2025-11-06", false, Tense.PAST, Tense.PRESENT));
  }

  @Test
  void aNarrativeReadingThatCannotBeHadFallsBackOnThePlainOne() {
    assertEquals(List.of("1866-07-05", "1866-07-07"), story("Am 5. Juli 1866 begann es. Nach zwei Tagen stockte es.", "2025-11-04", true, Tense.PAST));
    assertEquals(List.of("1866", "P2D"), story("Im Jahr 1866 begann es. Nach zwei Tagen stockte es.", "2025-11-04", true, Tense.PAST));
  }

  @Test
  void unknownLanguageFailsWithTheMissingFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimexEngine.forLanguage("xx"));
    assertTrue(e.getMessage().contains("lang/xx/timex/"), e.getMessage());
  }
}
