package org.chronik.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.pipeline.actors.ActorFileKind;
import org.chronik.pipeline.actors.ActorFileRow;
import org.junit.jupiter.api.Test;

/** Curated rows win where both speak; open curated terms take Wikidata's end; the rest is added. */
class CuratedMergeTest {
  private final ImportReport report = new ImportReport();

  @Test
  void aCuratedOpenTermTakesTheEndOfTheSameTermInWikidata() {
    ActorSet curated = set(person("Karl Muster", "", "FOREIGN_MINISTER", "AUT", "2021-03-01", "", null));
    ActorSet imported = set(person("Karl Muster", "", "FOREIGN_MINISTER", "AUT", "2021-03-02", "2025-07-01", "Q9000000900"));
    List<String> merged = terms(new CuratedMerge(report).merge(curated, imported));
    assertEquals(List.of("Karl Muster FOREIGN_MINISTER AUT 2021-03-01 2025-07-01 Q9000000900"), merged, "curated start, Wikidata's end");
  }

  @Test
  void curatedEndsAndStartsWinAndOtherTermsOfThePersonAreAdded() {
    ActorSet curated = set(person("Karl Muster", "K. Muster", "FOREIGN_MINISTER", "AUT", "2021-03-01", "2024-01-01", null));
    ActorSet imported = set(
        person("Karl Muster", "Karl Friedrich Muster", "FOREIGN_MINISTER", "AUT", "2021-02-15", "2023-12-20", "Q9000000900"),
        person("Karl Muster", "", "HEAD_OF_GOVERNMENT", "AUT", "2026-01-10", "", "Q9000000900"));
    ActorSet merged = new CuratedMerge(report).merge(curated, imported);
    assertEquals(List.of("Karl Muster FOREIGN_MINISTER AUT 2021-03-01 2024-01-01 Q9000000900",
        "Karl Muster HEAD_OF_GOVERNMENT AUT 2026-01-10  Q9000000900"), terms(merged));
    assertEquals("K. Muster", merged.rows(ActorFileKind.PEOPLE).get(0).get("aliases"), "curated aliases win");
  }

  @Test
  void peopleAreMatchedByIdBeforeName() {
    ActorSet curated = set(person("Karl Muster", "", "OTHER", "AUT", "2020", "", "Q9000000900"));
    // the same name, another entity: added under a name that tells them apart
    ActorSet imported = set(person("Karl Muster", "", "DEFENCE_MINISTER", "DEU", "2022", "", "Q9000000901"),
        person("Karl F. Muster", "", "OTHER", "AUT", "2020", "2021", "Q9000000900"));
    assertEquals(List.of("Karl Muster OTHER AUT 2020 2021 Q9000000900", "Karl Muster (Q9000000901) DEFENCE_MINISTER DEU 2022  Q9000000901"),
        terms(new CuratedMerge(report).merge(curated, imported)));
  }

  @Test
  void organisationsAndCountriesKeepTheCuratedRowAndGainTheId() {
    ActorSet curated = set(
        new ActorFileRow(ActorFileKind.ORGANIZATIONS, List.of("Beispielpartei", "BP", "ORGANIZATION", "DEU", "OPP"), null, "curated", 1),
        new ActorFileRow(ActorFileKind.COUNTRIES, List.of("DEU", "Germany", "COUNTRY", "Deutschland", "deutsch", "Deutscher"), null, "curated", 2));
    ActorSet imported = set(
        new ActorFileRow(ActorFileKind.ORGANIZATIONS, List.of("beispielpartei", "Beispiel", "ORGANIZATION", "DEU", ""), "Q9000000950", "wikidata", 0),
        new ActorFileRow(ActorFileKind.ORGANIZATIONS, List.of("Neue Liste", "", "ORGANIZATION", "DEU", ""), "Q9000000951", "wikidata", 0),
        new ActorFileRow(ActorFileKind.COUNTRIES, List.of("DEU", "Germany", "COUNTRY", "Deutschland|BRD", "", ""), "Q183", "wikidata", 0));
    ActorSet merged = new CuratedMerge(report).merge(curated, imported);
    List<ActorFileRow> orgs = merged.rows(ActorFileKind.ORGANIZATIONS);
    assertEquals(List.of("Beispielpartei BP OPP Q9000000950", "Neue Liste   Q9000000951"),
        orgs.stream().map(r -> r.get("name") + " " + r.get("aliases") + " " + r.get("sector") + " " + r.wikidata()).toList());
    ActorFileRow germany = merged.rows(ActorFileKind.COUNTRIES).get(0);
    assertEquals(List.of("DEU", "Germany", "COUNTRY", "Deutschland", "deutsch", "Deutscher"), germany.fields());
    assertEquals("Q183", germany.wikidata());
  }

  static ActorFileRow person(String name, String aliases, String role, String country, String from, String to, String id) {
    return new ActorFileRow(ActorFileKind.PEOPLE, List.of(name, aliases, country, "GOV", role, from, to), id, id == null ? "curated" : "wikidata", 0);
  }

  static ActorSet set(ActorFileRow... rows) {
    ActorSet set = new ActorSet();
    List.of(rows).forEach(set::add);
    return set;
  }

  static List<String> terms(ActorSet set) {
    return set.rows(ActorFileKind.PEOPLE).stream()
        .map(r -> r.get("name") + " " + r.get("role") + " " + r.get("country") + " " + r.get("from") + " " + r.get("to") + " " + r.wikidata()).toList();
  }
}
