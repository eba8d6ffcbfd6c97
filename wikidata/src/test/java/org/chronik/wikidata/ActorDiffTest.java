package org.chronik.wikidata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chronik actors diff: what a refresh changes, line by line. */
class ActorDiffTest {
  @TempDir Path dir;

  @Test
  void listsNewHoldersEndedTermsAliasesAndOrganisations() throws IOException {
    Path old = Files.createDirectories(dir.resolve("old"));
    Path now = Files.createDirectories(dir.resolve("new"));
    // the old set has no header (counted columns), the new one has headers and ids
    Files.writeString(old.resolve("people.tsv"), """
        Karl Muster	K. Muster	AUT	GOV	FOREIGN_MINISTER	2021-03-01\t
        Eva Vorher		AUT	GOV	HEAD_OF_GOVERNMENT	2019-06-01	2024-01-01
        """);
    Files.writeString(old.resolve("organizations.tsv"), "Beispielpartei\tBP\tORGANIZATION\tAUT\tOPP\n");
    Files.writeString(now.resolve("people.tsv"), """
        name	aliases	country	sector	role	from	to	wikidata
        Karl Muster	K. Muster|Karl Friedrich Muster	AUT	GOV	FOREIGN_MINISTER	2021-03-01	2025-07-01	Q9000000900
        Eva Vorher		AUT	GOV	HEAD_OF_GOVERNMENT	2019-06-01	2024-01-01\t
        Lena Neu		AUT	GOV	HEAD_OF_GOVERNMENT	2024-01-01		Q9000000902
        """);
    Files.writeString(now.resolve("organizations.tsv"), """
        name	aliases	type	country	sector	wikidata
        Beispielpartei		ORGANIZATION	AUT	OPP	Q9000000950
        Neue Liste		ORGANIZATION	AUT		Q9000000951
        """);
    List<String> warnings = new ArrayList<>();
    List<ActorDiff.Change> changes = ActorDiff.compare(old.toString(), now.toString(), warnings);
    assertEquals(List.of(), warnings);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ActorDiff.print(changes, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(String.join("\n",
        "change\tkind\tactor\twikidata\tdetail",
        "ended term\tperson\tKarl Muster\tQ9000000900\tFOREIGN_MINISTER AUT 2021-03-01 – 2025-07-01",
        "new alias\tperson\tKarl Muster\tQ9000000900\tKarl Friedrich Muster",
        "new holder\tperson\tLena Neu\tQ9000000902\tHEAD_OF_GOVERNMENT AUT 2024-01-01 – open",
        "new id\torganisation\tBeispielpartei\tQ9000000950\t",
        "new id\tperson\tKarl Muster\tQ9000000900\t",
        "new organisation\torganisation\tNeue Liste\tQ9000000951\tORGANIZATION AUT ",
        "removed alias\torganisation\tBeispielpartei\tQ9000000950\tBP", ""), bytes.toString(StandardCharsets.UTF_8));
    assertEquals(1, ActorDiff.summary(changes).get("ended term"));
  }

  @Test
  void theSameSetHasNoChangesAndTheBuiltInFilesCompareWithThemselves() {
    List<String> warnings = new ArrayList<>();
    assertTrue(ActorDiff.compare("builtin", "builtin", warnings).isEmpty());
    assertEquals(List.of(), warnings);
  }

  @Test
  void aMergedFixtureImportShowsWhatWikidataAddsToTheCuratedFiles() throws IOException {
    Fixture.run(dir, "fixture.json.gz", dir.resolve("merged"), true);
    List<ActorDiff.Change> changes = ActorDiff.compare("builtin", dir.resolve("merged").toString(), new ArrayList<>());
    List<String> lines = changes.stream().map(ActorDiff.Change::line).toList();
    assertTrue(lines.contains("new holder\tperson\tMax Earlier\tQ9000000202\tOTHER DEU 1995-04 – 2000-10"), lines.toString());
    assertTrue(lines.contains("new id\tperson\tDonald Trump\tQ22686\t"), lines.toString());
    assertTrue(lines.contains("new organisation\torganisation\tPartei der Beispiele\tQ9000000401\tORGANIZATION DEU "), lines.toString());
    assertTrue(changes.stream().noneMatch(c -> c.change().startsWith("removed")), "a merge keeps every curated row: " + lines);
  }
}
