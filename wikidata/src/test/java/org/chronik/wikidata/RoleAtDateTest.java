package org.chronik.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chronik.model.ActorRef;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.actors.ActorDictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The imported files load into the pipeline's dictionary, and roles on a date come out of them. */
class RoleAtDateTest {
  @TempDir static Path dir;
  static ActorDictionary wikidataOnly;
  static ActorDictionary merged;

  @BeforeAll
  static void load() throws IOException {
    Fixture.run(dir, "fixture.json.gz", dir.resolve("only"), false);
    Fixture.run(dir, "fixture.json.gz", dir.resolve("merged"), true);
    wikidataOnly = ActorDictionary.load(files(dir.resolve("only")));
    merged = ActorDictionary.load(List.of(dir.resolve("merged"))); // a folder stands for its actor files
  }

  static List<Path> files(Path folder) {
    return List.of("countries.tsv", "capitals.tsv", "organizations.tsv", "people.tsv").stream().map(folder::resolve).toList();
  }

  @Test
  void theImportedFilesLoadWithoutWarnings() {
    assertEquals(List.of(), wikidataOnly.warnings());
    assertEquals(List.of(), merged.warnings());
  }

  @Test
  void holderBeforeDuringAndAfterATerm() {
    // Trump's first term: Obama before it, Trump during it, Biden after it, Trump again in the open-ended second
    assertEquals("Barack Obama", holder(wikidataOnly, "USA", "2016-06-01"));
    assertEquals("Donald Trump", holder(wikidataOnly, "USA", "2019-03-01"));
    assertEquals("Joe Biden", holder(wikidataOnly, "USA", "2023-03-01"));
    assertEquals("Donald Trump", holder(wikidataOnly, "USA", "2025-09-01"));
    // Putin's first term as Wikidata dates it (from 2000-05-07): Yeltsin before, Putin during,
    // the curated Medvedev after (the fixture lacks him), Putin in the open-ended second term
    assertEquals("Boris Yeltsin", holder(wikidataOnly, "RUS", "1996-07-01"));
    assertEquals("Vladimir Putin", holder(wikidataOnly, "RUS", "2005-01-01"));
    assertEquals("Dmitry Medvedev", holder(wikidataOnly, "RUS", "2010-01-01"));
    assertEquals("Vladimir Putin", holder(wikidataOnly, "RUS", "2024-01-01"));
  }

  @Test
  void theImportedTermsReplaceTheCuratedOnesUnlessMerged() {
    // the curated file starts Putin's presidency on 1999-12-31 (acting); Wikidata on 2000-05-07
    assertEquals(Optional.empty(), wikidataOnly.holder("RUS", "HEAD_OF_STATE", PartialDate.parse("2000-02-01")));
    assertEquals("Vladimir Putin", holder(merged, "RUS", "2000-02-01"), "curated rows win in a merge");
  }

  @Test
  void thePersonCarriesRoleAndWikidataIdOnTheDate() {
    ActorRef during = wikidataOnly.personRef("Donald Trump", PartialDate.parse("2018-05-01"));
    assertEquals("Head of State of United States", during.role());
    assertEquals("Q22686", during.wikidata());
    ActorRef between = wikidataOnly.personRef("Donald Trump", PartialDate.parse("2022-05-01"));
    assertNull(between.role(), "no office between the terms");
    assertEquals("USA", between.country());
    assertEquals("Q22686", merged.personRef("Donald Trump", PartialDate.parse("2022-05-01")).wikidata(), "the merge gives curated people their id");
  }

  @Test
  void importedOrganisationsAndCountriesAreFoundWithTheirIds() {
    assertEquals("Q9000000401", ActorDictionary.organizationRef(wikidataOnly.organization("PdB").orElseThrow()).wikidata());
    assertEquals("Q183", merged.countryRef("DEU", null).wikidata());
    assertTrue(merged.country("DEU").orElseThrow().adjectives().contains("deutsch"), "the curated country row wins");
  }

  private static String holder(ActorDictionary dictionary, String country, String date) {
    return dictionary.holder(country, "HEAD_OF_STATE", PartialDate.parse(date)).orElse("nobody");
  }
}
