package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chronik.model.io.Tsv;
import org.junit.jupiter.api.Test;

/**
 * The regions of actors/regions.tsv through the real parser and the linker: a region is a place of its
 * state, an office or a regional body named with it is its state's official, a group in it is its
 * state's; people, clubs and countries with a region's name stay what they are. Rows as in mentions.tsv.
 */
class RegionsTableTest {
  @Test
  void everyRowLinksAsExpected() {
    InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/actors/regions-table.tsv"));
    List<Tsv.Row> rows = Tsv.read("regions-table.tsv", in).stream().filter(r -> !r.field(0).equals("date")).toList();
    assertTrue(rows.size() >= 25, "the table has " + rows.size() + " rows");
    List<String> failures = ActorTableTest.failures(rows);
    assertTrue(failures.isEmpty(), failures.size() + " of " + rows.size() + " rows fail:\n" + String.join("\n", failures));
  }

  /** Every adjective of region-adjectives.tsv names a place of a state, and no form of it is a country's adjective. */
  @Test
  void everyRegionAdjectiveNamesAPlaceOfAStateAndNoCountry() {
    ActorDictionary dictionary = ActorDictionary.standard();
    ActorLanguage language = ActorLanguage.forLanguage("de");
    java.util.Set<String> countryAdjectives = new java.util.HashSet<>();
    dictionary.countries().forEach(c -> c.adjectives().forEach(a -> countryAdjectives.addAll(language.inflection.forms(a, "adjective"))));
    assertTrue(language.regionAdjectives.size() >= 100, language.regionAdjectives.size() + " forms");
    List<String> problems = new ArrayList<>();
    language.regionAdjectives.forEach((form, region) -> {
      OrganizationEntry place = dictionary.organization(region).orElse(null);
      if (place == null || place.type() != org.chronik.model.ActorType.LOCATION || place.country() == null) {
        problems.add(form + ": " + region + " is no place of a state");
      }
      if (countryAdjectives.contains(form)) {
        problems.add(form + " is also a country's adjective");
      }
    });
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}
