package org.chronik.pipeline.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.PartialDate;
import org.chronik.model.ReferenceTime;
import org.chronik.model.TimeExpression;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/** The stage on parsed sentences: tense from the real parser and lemmatizer, exact body offsets. */
class TimeTaggerTest {

  private static List<TimeExpression> tag(String creation, String body, Map<String, String> metadata) {
    Article a = new Article("t", "test", null, PartialDate.parse(creation), null, body, "de", null, List.of(), metadata);
    AnnotatedDocument doc = Pipelines.shared().upTo(Layer.TIMEX).apply(a);
    List<TimeExpression> found = doc.layer(Layer.TIMEX);
    for (TimeExpression t : found) {
      assertEquals(t.text(), t.span().of(body), "span and text disagree");
    }
    return found;
  }

  private static String value(String creation, String body, String expression) {
    return value(creation, body, expression, Map.of());
  }

  private static String value(String creation, String body, String expression, Map<String, String> metadata) {
    List<TimeExpression> found = tag(creation, body, metadata);
    return found.stream().filter(t -> t.text().contains(expression)).map(TimeExpression::value).findFirst()
        .orElseThrow(() -> new AssertionError("no expression \"" + expression + "\" in " + found));
  }

  @Test
  void weekdayFollowsTheTenseOfItsClause() {
    assertEquals("2025-11-04", value("2025-11-06", "Am Dienstag trafen sich die Außenminister in Brüssel.", "Dienstag"));
    assertEquals("2025-11-04", value("2025-11-04", "Am Dienstag trafen sich die Außenminister in Brüssel.", "Dienstag"));
    assertEquals("2025-11-11", value("2025-11-06", "Am Dienstag werden sich die Außenminister in Brüssel treffen.", "Dienstag"));
    assertEquals("2025-11-03", value("2025-11-06", "Die Kommission hat am Montag ihren Bericht vorgelegt.", "Montag"));
  }

  @Test
  void monthWithoutYearResolvesBackwardsInThePastAndForwardInTheFuture() {
    assertEquals("2022-02-04", value("2022-06", "Am 4. Februar trafen sich die Delegationen in Genf.", "4. Februar"));
    assertEquals("2023-02", value("2022-06", "Im Februar wird das Parlament über das Gesetz abstimmen.", "Februar"));
    assertEquals("2021-10", value("2022-06-10", "Im Oktober unterschrieben die Parteien den Koalitionsvertrag.", "Oktober"));
  }

  @Test
  void creationDateOfMonthPrecision() {
    assertEquals("2022-06-15", value("2022-06", "Am 15. Juni beginnt in Madrid der Gipfel.", "15. Juni"));
    assertEquals("2022-06", value("2022-06", "Am Montag unterzeichneten beide Seiten das Abkommen.", "Montag"));
  }

  @Test
  void clockTimeAndDurationAndRelativeDays() {
    List<TimeExpression> found = tag("2025-11-04", "Gestern verhandelten sie drei Wochen lang. Um 15 Uhr beginnt die Sitzung.", Map.of());
    assertEquals(List.of("2025-11-03", "P3W", "2025-11-04T15:00"), found.stream().map(TimeExpression::value).toList());
    assertEquals(List.of("DATE", "DURATION", "TIME"), found.stream().map(TimeExpression::type).toList());
  }

  @Test
  void narrativeDocumentsResolveAgainstTheLastDateMentioned() {
    String body = "Im Mai 1866 rückten die Truppen vor. Am 3. Juni fiel die Festung.";
    assertEquals("1866-06-03", value("2011-02-16", body, "3. Juni", Map.of(TimeTagger.DOCUMENT_TYPE, "narrative")));
    assertEquals("2010-06-03", value("2011-02-16", body, "3. Juni"));
  }

  @Test
  void aStatePassiveSpeaksOfNowSoItsWeekdayIsTheNearest() {
    assertEquals("2025-11-06", value("2025-11-05", "Am Donnerstag ist eine Abstimmung im Parlament geplant.", "Donnerstag"));
    assertEquals("2025-11-07", value("2025-11-05", "Für Freitag sind Gespräche in Genf vorgesehen.", "Freitag"));
    // near miss: a verb of motion makes "ist … gereist" a perfect, so the Thursday has gone by
    assertEquals("2025-10-30", value("2025-11-05", "Am Donnerstag ist die Delegation nach Genf gereist.", "Donnerstag"));
  }

  @Test
  void bisherIsUpToNowUnlessToldInThePluperfect() {
    assertEquals("PRESENT_REF", value("2025-11-05", "Bisher hat sich niemand zu dem Anschlag bekannt.", "Bisher"));
    assertEquals("PRESENT_REF", value("2025-11-05", "Bei den Kämpfen wurden bislang zwölf Menschen getötet.", "bislang"));
    assertEquals("PAST_REF", value("2025-11-05", "Bisher hatte der Premier beide Ministerien selbst geführt.", "Bisher"));
  }

  @Test
  void laterToldInThePastIsStillBeforeNow() {
    assertEquals("PAST_REF", value("2025-11-05", "Die Zahl der Opfer wurde später nach oben korrigiert.", "später"));
    assertEquals("FUTURE_REF", value("2025-11-05", "Die Kommission will später über die Klage entscheiden.", "später"));
  }

  @Test
  void anchoredOnTheDateJustToldNotOnTheArticle() {
    String body = "Der Prozess begann am 3. März 2021. Am darauffolgenden Donnerstag wurde das Urteil verkündet, eine Woche später die Revision eingelegt.";
    assertEquals("2021-03-04", value("2025-11-05", body, "darauffolgenden Donnerstag"));
    assertEquals("2021-W10", value("2025-11-05", body, "eine Woche später"));
    assertEquals("2025-10-29", value("2025-11-05", "Am Mittwoch vergangener Woche stimmte der Bundestag zu.", "Mittwoch vergangener Woche"));
  }

  @Test
  void theReferenceTimeMovesWithEachDayToldAndIsPublished() {
    String body = "Der Prozess begann am 3. März 2021. Im Jahr 2019 war er verhaftet worden. Die Anklage wurde verlesen.";
    Article a = new Article("t", "test", null, PartialDate.parse("2025-11-05"), null, body, "de", null, List.of(), Map.of());
    List<ReferenceTime> moves = Pipelines.shared().upTo(Layer.TIMEX).apply(a).layer(Layer.REFERENCE_TIMES);
    // in news the reference time is the last day told: a year told afterwards does not replace it
    assertEquals(1, moves.size(), moves.toString());
    assertEquals(PartialDate.parse("2021-03-03"), moves.get(0).date());
    assertEquals(body.indexOf("3. März 2021") + "3. März 2021".length(), moves.get(0).from());
  }

  @Test
  void eventAnchoredExpressionsStayDurations() {
    List<TimeExpression> found = tag("2022-03-01", "Einen Tag nach dem Einmarsch der Truppen traten die Minister zusammen.", Map.of());
    assertTrue(found.stream().allMatch(t -> t.type().equals("DURATION")), found.toString());
  }
}
