package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actor files told apart by a header line naming their columns, with the optional wikidata column. */
class ActorFileLayoutTest {
  @Test
  void headedFilesCarryTheWikidataIdIntoTheActors(@TempDir Path dir) throws IOException {
    // six columns: without the header this would be read as a country
    Path orgs = write(dir, "orgs.tsv", "name\taliases\ttype\tcountry\tsector\twikidata\n"
        + "Nordwind Partei\tNWP\tORGANIZATION\tDEU\tOPP\tQ90000001\n");
    // columns in another order, the id first
    Path people = write(dir, "people.tsv", "wikidata\tname\trole\tcountry\tsector\tfrom\tto\taliases\n"
        + "Q90000002\tKarla Beispiel\tFOREIGN_MINISTER\tDEU\tGOV\t2031-02-01\t2033-05-01\tK. Beispiel\n");
    Path countries = write(dir, "countries.tsv", "iso3\tname\ttype\tgerman\tadjectives\tdemonyms\twikidata\n"
        + "DEU\tGermany\tCOUNTRY\tDeutschland\tdeutsch\tDeutsche\tQ183\n");
    ActorDictionary dictionary = ActorDictionary.load(List.of(orgs, people, countries));
    assertEquals(List.of(), dictionary.warnings());

    OrganizationEntry org = dictionary.organization("NWP").orElseThrow();
    assertEquals("OPP", org.sector());
    assertEquals("Q90000001", ActorDictionary.organizationRef(org).wikidata());

    ActorRef karla = dictionary.personRef("Karla Beispiel", PartialDate.parse("2032-01-10"));
    assertEquals("Q90000002", karla.wikidata());
    assertEquals("Foreign Minister of Germany", karla.role());
    assertEquals(List.of("K. Beispiel"), dictionary.people().get("Karla Beispiel").get(0).aliases());
    assertEquals("Q183", dictionary.countryRef("DEU", null).wikidata());
  }

  @Test
  void anyColumnNameFirstMakesAHeader(@TempDir Path dir) throws IOException {
    Path people = write(dir, "people.tsv", "role\tcountry\tname\taliases\tsector\tfrom\tto\n"
        + "DEFENCE_MINISTER\tAUT\tLisa Probe\t\tGOV\t2032\t\n");
    ActorDictionary dictionary = ActorDictionary.load(List.of(people));
    assertEquals(List.of(), dictionary.warnings());
    assertEquals("Lisa Probe", dictionary.holder("AUT", "DEFENCE_MINISTER", PartialDate.parse("2033")).orElseThrow());
  }

  @Test
  void filesWithoutHeaderAreStillToldByTheirColumnCount(@TempDir Path dir) throws IOException {
    Path file = write(dir, "old.tsv", "Südwind AG\tSüdwind\tORGANIZATION\tAUT\tBUS\n"
        + "Paul Muster\t\tAUT\tGOV\tDEFENCE_MINISTER\t2030\t\n");
    ActorDictionary dictionary = ActorDictionary.load(List.of(file));
    assertEquals(List.of(), dictionary.warnings());
    assertNull(ActorDictionary.organizationRef(dictionary.organization("Südwind").orElseThrow()).wikidata());
    assertEquals("Paul Muster", dictionary.holder("AUT", "DEFENCE_MINISTER", PartialDate.parse("2031")).orElseThrow());
  }

  @Test
  void theBuiltInFilesKeepLoadingAndHaveNoIdWhereNoneIsWritten() {
    ActorDictionary standard = ActorDictionary.standard();
    assertEquals(List.of(), standard.warnings());
    assertEquals(ActorType.COUNTRY, standard.countryRef("FRA", null).type());
  }

  @Test
  void aHeadedRowMayLackOnlyATrailingWikidataColumn(@TempDir Path dir) throws IOException {
    Path file = write(dir, "orgs.tsv", "name\taliases\ttype\tcountry\tsector\twikidata\n"
        + "Ohne Id Verein\t\tORGANIZATION\tDEU\tNGO\n"
        + "Zu Kurz\tORGANIZATION\tDEU\n");
    ActorDictionary dictionary = ActorDictionary.load(List.of(file));
    assertTrue(dictionary.organization("Ohne Id Verein").isPresent());
    assertFalse(dictionary.organization("Zu Kurz").isPresent());
    assertEquals(1, dictionary.warnings().size(), dictionary.warnings().toString());
    assertTrue(dictionary.warnings().get(0).startsWith(file + " line 3: 3 columns; the header names 6"), dictionary.warnings().get(0));
  }

  @Test
  void aBadIdOrAnUnknownHeaderGivesOneWarningAndNoGuess(@TempDir Path dir) throws IOException {
    Path file = write(dir, "mixed.tsv", "name\taliases\ttype\tcountry\tsector\twikidata\n"
        + "Falsche Id\t\tORGANIZATION\tDEU\tNGO\t183\n"
        // a misspelt column: the six-column rows below must not be taken for countries
        + "name\taliases\ttyp\tcountry\tsector\twikidata\n"
        + "Geraten\t\tORGANIZATION\tDEU\tNGO\tQ5\n"
        + "iso3\tname\tgerman\n"
        + "DEU\tBerlin\tBerlin\n");
    ActorDictionary dictionary = ActorDictionary.load(List.of(file));
    assertEquals(2, dictionary.warnings().size(), dictionary.warnings().toString());
    assertTrue(dictionary.warnings().get(0).contains("line 2: bad wikidata id \"183\""), dictionary.warnings().get(0));
    assertTrue(dictionary.warnings().get(1).contains("line 3: header [name, aliases, typ"), dictionary.warnings().get(1));
    assertFalse(dictionary.organization("Falsche Id").isPresent());
    assertFalse(dictionary.organization("Geraten").isPresent());
    assertTrue(dictionary.country("Geraten").isEmpty());
    assertTrue(dictionary.capitals().stream().anyMatch(c -> c.name().equals("Berlin")), "a later good header is in force again");
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
