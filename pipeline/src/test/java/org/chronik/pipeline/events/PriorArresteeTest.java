package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A definite re-mention of an arrested person ("der Verdächtige", "der Mann") whom an earlier arrest of the same
 * state named by nationality falls on that nationality (class PriorArrestee), not on the arresting state's own
 * civilians; an indefinite patient ("ein weiterer Verdächtiger", "drei weitere Verdächtige") is someone new.
 */
class PriorArresteeTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // paraphrases: the same person arrested, first by nationality, then by a definite role noun
      "Festnahme in Spanien. Die spanische Polizei hat in Madrid einen Franzosen festgenommen. Nach Angaben der Behörden soll er Waffen geschmuggelt haben. Der Verdächtige wurde in einer Wohnung im Süden der Stadt festgenommen.|FRA|FRA",
      "Razzia in Marokko. Die marokkanische Polizei hat in Rabat einen Niederländer festgenommen. Nach Angaben der Behörden soll er einer Terrorzelle angehört haben. Der Mann wurde in einem Hotel im Zentrum der Stadt festgenommen.|NLD|NLD",
      // near-misses: someone new (an indefinite patient, one or several), the state's own people by default
      "Festnahme in Spanien. Die spanische Polizei hat in Madrid einen Franzosen festgenommen. Nach Angaben der Behörden soll er Waffen geschmuggelt haben. Am Abend wurde in Sevilla ein weiterer Verdächtiger festgenommen.|FRA|ESP",
      "Festnahme in Spanien. Die spanische Polizei hat in Madrid einen Franzosen festgenommen. Nach Angaben der Behörden soll er Waffen geschmuggelt haben. Am Abend wurden in Sevilla drei weitere Verdächtige festgenommen.|FRA|ESP"})
  void aRetoldArrestFallsOnThePersonNamedBefore(String text, String first, String second) {
    List<Event> arrests = EventTestPipeline.events(text).stream()
        .filter(e -> e.code().code().startsWith("173") && e.target() != null && e.reportable()).toList();
    assertEquals(2, arrests.size(), "expected two arrests in \"" + text + "\", got " + arrests);
    assertEquals(first, arrests.get(0).target().country(), "the first arrested in \"" + text + "\": " + arrests.get(0));
    assertEquals(second, arrests.get(1).target().country(), "the re-mentioned arrested in \"" + text + "\": " + arrests.get(1));
    assertEquals("CVL", arrests.get(1).target().sector());
  }
}
