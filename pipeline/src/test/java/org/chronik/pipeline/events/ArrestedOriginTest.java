package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The arrested are the people a later sentence says they are from (class ArrestedOrigin), not the
 * arresting state's own civilians by default; a sentence that names another country without telling
 * the arrested's origin, or a place of the state's own, keeps the default; a second arrest takes the
 * origin told after it, the first keeps its own.
 */
class ArrestedOriginTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // paraphrases: the origin told after the act
      "Festnahme in Bayern. Am Montag wurde in Passau ein Mann mit zwei Pistolen festgenommen. Die Ermittler fanden Munition in seinem Wagen. Der Verdächtige stamme aus Serbien, teilte die Polizei mit.|SRB",
      "Razzia in Salzburg. Die österreichische Polizei hat am Dienstag in Salzburg vier Personen festgenommen, darunter zwei Frauen. Laut Polizei handelt es sich bei den Verdächtigen um Bürger aus Rumänien.|ROU",
      "Razzia in Salzburg. In Salzburg wurden am Dienstag vier Verdächtige festgenommen. Bei den Festgenommenen handelt es sich um vier Rumänen.|ROU",
      // near-misses: another country named, but no origin of the arrested; an origin inside the state
      "Festnahme in Bayern. Am Montag wurde in Passau ein Mann mit zwei Pistolen festgenommen. Die Ermittler fanden Munition in seinem Wagen. Der Innenminister Serbiens kommt am Freitag nach Berlin.|DEU",
      "Festnahme in Bayern. Am Montag wurde in Passau ein Mann mit zwei Pistolen festgenommen. Der Verdächtige stamme aus München, teilte die Polizei mit.|DEU"})
  void theArrestedAreWhereTheTextSaysTheyAreFrom(String text, String country) {
    List<Event> arrests = arrests(text);
    assertEquals(1, arrests.size(), "expected one arrest in \"" + text + "\", got " + arrests);
    assertEquals(country, arrests.get(0).target().country(), "arrested people in \"" + text + "\"");
    assertEquals("CVL", arrests.get(0).target().sector());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Razzia in Oberösterreich. In Salzburg wurden am Dienstag vier Verdächtige festgenommen. In Linz wurde ein weiterer Mann festgenommen. Er stammt aus Polen.|AUT|POL"})
  void anOriginToldAfterASecondArrestIsThatArrestsOnly(String text, String first, String second) {
    List<Event> arrests = arrests(text);
    assertEquals(2, arrests.size(), "expected two arrests in \"" + text + "\", got " + arrests);
    assertEquals(first, arrests.get(0).target().country());
    assertEquals(second, arrests.get(1).target().country());
  }

  private static List<Event> arrests(String text) {
    return EventTestPipeline.events(text).stream()
        .filter(e -> e.code().code().startsWith("173") && e.target() != null && e.reportable()).toList();
  }
}
