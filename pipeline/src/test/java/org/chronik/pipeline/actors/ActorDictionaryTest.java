package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.PartialDate;
import org.chronik.model.io.Tsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {
  private static final ActorDictionary STANDARD = ActorDictionary.standard();

  @Test
  void everyDatedPartyIsAnOrganisationWithGovOrOppPeriodsThatDoNotOverlap() {
    java.util.Map<String, List<String[]>> periods = new java.util.HashMap<>();
    for (Tsv.Row row : Tsv.resource("actors/party-terms.tsv")) {
      if (row.field(0).equals("organization")) {
        continue;
      }
      assertTrue(STANDARD.organization(row.field(0)).isPresent(), row.where() + ": no organisation " + row.field(0));
      assertTrue(row.field(1).equals("GOV") || row.field(1).equals("OPP"), row.where() + ": sector " + row.field(1));
      periods.computeIfAbsent(row.field(0), k -> new java.util.ArrayList<>()).add(new String[] {row.field(2), row.field(3)});
    }
    assertTrue(STANDARD.datedParties().containsAll(periods.keySet()));
    periods.forEach((party, list) -> {
      for (int i = 1; i < list.size(); i++) {
        assertEquals(list.get(i - 1)[1], list.get(i)[0], party + ": each period starts where the one before ends");
      }
    });
    OrganizationEntry greens = STANDARD.organization("Alliance 90/The Greens").orElseThrow();
    assertEquals("GOV", STANDARD.organizationRef(greens, org.chronik.model.PartialDate.parse("2004-06")).sector());
    assertEquals("OPP", STANDARD.organizationRef(greens, org.chronik.model.PartialDate.parse("2007")).sector());
    assertEquals(greens.sector(), STANDARD.organizationRef(greens, null).sector(), "no date: the snapshot of organizations.tsv");
  }

  @Test
  void everyPlaceAndCityIsALocationOfAKnownStateOrOfNone() {
    assertTrue(locations("actors/places.tsv") >= 15, "places.tsv");
    assertTrue(locations("actors/cities.tsv") >= 600, "cities.tsv");
    assertTrue(locations("actors/regions.tsv") >= 200, "regions.tsv");
  }

  /** Checks every row of a file of places and returns how many there are. */
  private static int locations(String file) {
    int places = 0;
    for (Tsv.Row row : Tsv.resource(file)) {
      if (row.field(0).equals("name")) {
        continue;
      }
      places++;
      assertEquals(5, row.fields().length, row.where() + ": the five columns of organizations.tsv");
      OrganizationEntry place = STANDARD.organizations().stream().filter(o -> o.name().equals(row.field(0))).findFirst().orElseThrow();
      assertEquals(org.chronik.model.ActorType.LOCATION, place.type(), place.name());
      assertTrue(place.sector() == null, place.name() + " is a place and has no sector");
      assertTrue(place.country() == null || STANDARD.country(place.country()).isPresent(), place.name() + ": unknown country " + place.country());
    }
    return places;
  }

  @Test
  void everyCountryHasItsEnglishWordsAndEveryIgoOfficeARealBodyAndRole() {
    for (CountryEntry c : STANDARD.countries()) {
      assertTrue(!STANDARD.englishAdjective(c.key()).equals(c.name()) || c.key().equals("NZL") || c.key().equals("MMR")
          || c.key().equals("HKG"), // English uses the name itself: "Hong Kong police"
          c.key() + " has no English adjective in english-names.tsv");
    }
    assertEquals("Sudanese", STANDARD.englishAdjective("SDN"));
    assertEquals("the United States", STANDARD.definiteName("USA"));
    assertEquals("Ukraine", STANDARD.definiteName("UKR"), "no article: the name itself");
    for (Tsv.Row row : Tsv.resource("actors/igo-offices.tsv")) {
      if (row.field(0).equals("organization")) {
        continue;
      }
      OrganizationEntry org = STANDARD.organization(row.field(0)).orElse(null);
      assertTrue(org != null && org.name().equals(row.field(0)), row.where() + ": no organisation " + row.field(0));
      assertTrue(org.country().startsWith("IGO."), row.where() + ": " + org.name() + " is no international body");
      assertTrue(!STANDARD.roleLabel(row.field(2), null).equals(row.field(2)), row.where() + ": role " + row.field(2) + " is not in roles.tsv");
    }
    assertEquals("UN_SECRETARY_GENERAL", STANDARD.igoOffice("United Nations", "IGO_LEADER").orElseThrow());
    assertTrue(STANDARD.igoOffice("UNHCR", "IGO_LEADER").isEmpty(), "an agency of the UN has no Secretary-General");
  }

  @Test
  void builtInFilesLoadWithoutWarnings() {
    assertEquals(List.of(), STANDARD.warnings());
    long countries = STANDARD.countries().stream().filter(c -> c.type() == ActorType.COUNTRY).count();
    assertTrue(countries >= 193 + 4, "UN members, observers, Taiwan and Kosovo: " + countries);
    for (String key : List.of("CHN", "TWN", "XKX", "PSE", "VAT", "WST")) {
      assertTrue(STANDARD.country(key).isPresent(), key);
    }
  }

  @Test
  void organisationsAreFoundByNameOrAliasIgnoringCaseAndAccents() {
    assertEquals("United Nations Security Council", STANDARD.organization("un-sicherheitsrat").orElseThrow().name());
    assertEquals("Élysée Palace", STANDARD.organization("Elysee").orElseThrow().name());
    assertEquals("Kremlin", STANDARD.organization("Presidential Administration of Russia").orElseThrow().name());
    assertFalse(STANDARD.organization("Weltraumbahnhof").isPresent());
  }

  @Test
  void officeHolderDependsOnTheDate() {
    assertEquals("Liz Truss", STANDARD.holder("GBR", "HEAD_OF_GOVERNMENT", PartialDate.parse("2022-10-05")).orElseThrow());
    assertEquals("Rishi Sunak", STANDARD.holder("GBR", "HEAD_OF_GOVERNMENT", PartialDate.parse("2023-06-01")).orElseThrow());
    // a month covering two terms: the holder for most of it
    assertEquals("Liz Truss", STANDARD.holder("GBR", "HEAD_OF_GOVERNMENT", PartialDate.parse("2022-10")).orElseThrow());
  }

  @Test
  void personRefCarriesTheRoleOnTheDate() {
    ActorRef sunak2021 = STANDARD.personRef("Rishi Sunak", PartialDate.parse("2021-06-01"));
    assertEquals("GBR", sunak2021.country());
    assertEquals("Finance Minister of United Kingdom", sunak2021.role());
    ActorRef sunak2024 = STANDARD.personRef("Rishi Sunak", PartialDate.parse("2024-09-01"));
    assertEquals("OPP", sunak2024.sector());
  }

  @Test
  void extraFilesExtendAndOverride(@TempDir Path dir) throws IOException {
    Path orgs = dir.resolve("my-orgs.tsv");
    Files.writeString(orgs, "# mine\nReuters\tReuters|Reuters-Agentur\tORGANIZATION\tGBR\tMED\nNordwind AG\tNordwind\tORGANIZATION\tDEU\tBUS\n");
    Path people = dir.resolve("my-people.tsv");
    Files.writeString(people, "Karla Beispiel\tK. Beispiel\tDEU\tGOV\tFINANCE_MINISTER\t2030-01-01\t\n"
        + "Rishi Sunak\t\tGBR\tBUS\tOTHER\t2030\t\n");
    ActorDictionary dictionary = ActorDictionary.load(List.of(orgs, people));
    assertEquals("GBR", dictionary.organization("Reuters").orElseThrow().country());
    assertEquals("BUS", dictionary.organization("Nordwind").orElseThrow().sector());
    assertEquals("Karla Beispiel", dictionary.holder("DEU", "FINANCE_MINISTER", PartialDate.parse("2031")).orElseThrow());
    assertEquals(1, dictionary.people().get("Rishi Sunak").size(), "a person in a later file replaces the earlier terms");
    assertEquals(List.of(), dictionary.warnings());
  }

  @Test
  void badLinesAreSkippedWithOneWarningNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.tsv");
    Files.writeString(file, "Good Org\tGO\tORGANIZATION\tDEU\tBUS\nBad Org\tBO\tSPACESHIP\tDEU\tBUS\n"
        + "Someone\t\tDEU\tGOV\tOTHER\t2020-13-01\t\nonly\ttwo\n");
    ActorDictionary dictionary = ActorDictionary.load(List.of(file));
    assertTrue(dictionary.organization("Good Org").isPresent());
    assertEquals(3, dictionary.warnings().size(), dictionary.warnings().toString());
    assertTrue(dictionary.warnings().get(0).startsWith(file + " line 2: unknown actor type"), dictionary.warnings().get(0));
    assertTrue(dictionary.warnings().get(1).contains("line 3"), dictionary.warnings().get(1));
  }

  @Test
  void inflectionRulesGenerateTheForms() {
    Inflection inflection = Inflection.load("lang/de/actors/inflection.tsv");
    assertEquals(List.of("russisch", "russische", "russischen", "russischer", "russisches", "russischem"), List.copyOf(inflection.forms("russisch", "adjective")));
    assertTrue(inflection.forms("Russe", "demonym").containsAll(List.of("Russen", "Russin", "Russinnen")));
    assertTrue(inflection.forms("Amerikaner", "demonym").containsAll(List.of("Amerikanern", "Amerikanerin")));
    assertTrue(inflection.forms("Russland", "name").contains("Russlands"));
    assertFalse(inflection.forms("Paris", "name").contains("Pariss"));
    assertTrue(inflection.phraseForms("UN-Sicherheitsrat", "name").contains("UN-Sicherheitsrats"));
    assertTrue(inflection.forms("Präsident", "title").containsAll(List.of("Präsidenten", "Präsidentin")));
  }
}
