package org.chronik.pipeline.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.PartialDate;
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
    assertEquals(List.of("1999-03-03", "P3W", "PAST_REF"), values("Am 3. März 1999, drei Wochen nach Gestern, damals.", null, false, Tense.PAST)
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

  @Test
  void unknownLanguageFailsWithTheMissingFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimexEngine.forLanguage("xx"));
    assertTrue(e.getMessage().contains("lang/xx/timex/"), e.getMessage());
  }
}
