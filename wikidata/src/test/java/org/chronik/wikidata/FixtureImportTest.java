package org.chronik.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.chronik.pipeline.actors.ActorFileKind;
import org.chronik.pipeline.actors.ActorFileRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture dump imported without merging: what each kind of entity becomes. */
class FixtureImportTest {
  @TempDir static Path dir;
  static WikidataImport.Result result;
  static ActorSet written;

  @BeforeAll
  static void importFixture() throws IOException {
    result = Fixture.run(dir, "fixture.json.gz", dir.resolve("out"), false);
    List<String> warnings = new ArrayList<>();
    written = ActorSet.read(dir.resolve("out"), warnings);
    assertEquals(List.of(), warnings);
  }

  @Test
  void gzipBzip2AndPlainDumpsGiveTheSameFiles() throws IOException {
    for (String name : List.of("fixture.json", "fixture.json.bz2")) {
      Path out = dir.resolve("out-" + name);
      Fixture.run(dir, name, out, false);
      for (ActorFileKind kind : ActorFileKind.values()) {
        assertEquals(Files.readString(dir.resolve("out").resolve(kind.fileName())), Files.readString(out.resolve(kind.fileName())), name + " " + kind);
      }
    }
  }

  @Test
  void aPersonWithTwoTermsInOneOfficeGetsTwoRowsAndTheOpenTermNoEnd() {
    assertEquals(List.of("HEAD_OF_STATE USA 2017-01-20 2021-01-20 Q22686", "HEAD_OF_STATE USA 2025-01-20  Q22686"), terms("Donald Trump"));
    assertEquals(List.of("HEAD_OF_STATE RUS 2000-05-07 2008-05-07 Q7747", "HEAD_OF_STATE RUS 2012-05-07  Q7747"), terms("Vladimir Putin"));
    assertEquals(List.of("HEAD_OF_GOVERNMENT DEU 2005-11-22 2021-12-08 Q567"), terms("Angela Merkel"), "country from the office's P17");
  }

  @Test
  void aliasesAreFullNamesOnly() {
    assertEquals("Wladimir Putin|Wladimir Wladimirowitsch Putin", person("Vladimir Putin").get(0).get("aliases"));
    // "Mutti" (nickname), "Merkel" (bare surname) and "Trump, Donald" (inverted) are left out
    assertEquals("Angela Dorothea Merkel", person("Angela Merkel").get(0).get("aliases"));
    assertEquals("Donald John Trump", person("Donald Trump").get(0).get("aliases"));
    assertEquals("", person("Donald Trump").get(1).get("aliases"), "aliases on the first line only");
  }

  @Test
  void anEntityWithoutGermanLabelsKeepsItsEnglishName() {
    assertEquals(List.of("HEAD_OF_STATE RUS 1991-07-10 1999-12-31 Q34453"), terms("Boris Yeltsin"));
    assertEquals("", person("Boris Yeltsin").get(0).get("aliases"));
    ActorFileRow herald = organization("The Example Herald");
    assertEquals("GBR", herald.get("country"));
    assertEquals("MED", herald.get("sector"));
  }

  @Test
  void anOfficeWithoutCountryLeavesItsTermsOutWithOneWarning() {
    assertTrue(person("Erika Example").isEmpty());
    assertEquals(1, result.report().lines().filter(l -> l.contains("office Q9000000101")).count(), result.report());
  }

  @Test
  void termsWithoutStartWithUnknownEndDeprecatedOrBeforeSinceAreLeftOut() {
    assertEquals(List.of("OTHER DEU 1995-04 2000-10 Q9000000202"), terms("Max Earlier"));
    assertEquals(1, count("terms ended before --since left out"));
    assertEquals(1, count("terms with unknown end date left out"));
    assertEquals(1, count("terms without start date left out"));
  }

  @Test
  void onlyHumansHoldingMappedOfficesBecomePeopleInTheOrderOfTheirIds() {
    assertEquals(List.of("Barack Obama", "Angela Merkel", "Joe Biden", "Vladimir Putin", "Donald Trump", "Boris Yeltsin", "Max Earlier"),
        written.rows(ActorFileKind.PEOPLE).stream().map(r -> r.get("name")).distinct().toList());
  }

  @Test
  void organisationsGetTypeAndSectorFromTheirClassAndCountryFromP17() {
    assertEquals("IGO IGO.UN IGO Q1065", org("United Nations"));
    assertEquals("IGO IGO.NATO IGO Q7184", org("NATO"));
    assertEquals("ORGANIZATION DEU  Q9000000401", org("Partei der Beispiele"), "named by its German label, the only one");
    assertEquals("GROUP  REB Q9000000403", org("Example Liberation Front"));
    assertEquals("Vereinte Nationen|UNO|UN", organization("United Nations").get("aliases"));
    List<String> names = written.rows(ActorFileKind.ORGANIZATIONS).stream().map(r -> r.get("name")).toList();
    assertFalse(names.contains("Old Example Party"), "dissolved 1985, before --since");
    assertFalse(names.contains("Example Chess Club"), "a class the table does not map");
  }

  @Test
  void countriesCarryTheirGermanNamesAndId() {
    assertEquals(List.of("USA United States Vereinigte Staaten Q30", "FRA France Frankreich Q142", "GBR United Kingdom Vereinigtes Königreich Q145",
        "RUS Russia Russland Q159", "DEU Germany Deutschland|Deutschland (Staat) Q183"),
        written.rows(ActorFileKind.COUNTRIES).stream().map(r -> r.get("iso3") + " " + r.get("name") + " " + r.get("german") + " " + r.wikidata()).toList());
  }

  @Test
  void redirectsDeletionsAndMalformedLinesAreCountedNeverFatal() {
    String report = result.report();
    assertEquals(1, count("redirects skipped"));
    assertEquals(1, count("deleted entities skipped"));
    assertEquals(2, count("malformed lines skipped"));
    assertTrue(report.contains("fixture.json.gz line 32: malformed entity: not a JSON object"), report);
    assertTrue(report.contains("fixture.json.gz line 33: malformed entity: Unexpected close marker"), report);
    assertEquals(42, result.entities(), "every line between the brackets, the bad ones too");
  }

  private static long count(String what) {
    return result.counts().getOrDefault(what, 0L);
  }

  private static List<ActorFileRow> person(String name) {
    return written.rows(ActorFileKind.PEOPLE).stream().filter(r -> r.get("name").equals(name)).toList();
  }

  private static List<String> terms(String name) {
    return person(name).stream().map(r -> r.get("role") + " " + r.get("country") + " " + r.get("from") + " " + r.get("to") + " " + r.wikidata()).toList();
  }

  private static ActorFileRow organization(String name) {
    return written.rows(ActorFileKind.ORGANIZATIONS).stream().filter(r -> r.get("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
  }

  private static String org(String name) {
    ActorFileRow r = organization(name);
    return r.get("type") + " " + r.get("country") + " " + r.get("sector") + " " + r.wikidata();
  }

  static String names(ActorSet set, ActorFileKind kind) {
    return set.rows(kind).stream().map(r -> r.get(kind.columns().get(0))).collect(Collectors.joining(","));
  }
}
