package org.chronik.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {
  @TempDir Path dir;

  @Test
  void scoresEveryGoldFileAndReportsTheBadOnesByName() throws IOException {
    Files.writeString(dir.resolve("fixture.txt"), "(the fake system below ignores this file)");
    Files.writeString(dir.resolve("a.gold.json"), Fixture.GOLD);
    Files.writeString(dir.resolve("b.gold.json"), Fixture.GOLD.replace("\"fixture.txt\"", "\"absent.txt\""));
    Files.writeString(dir.resolve("c.gold.json"), Fixture.GOLD.replace("Wir bleiben im Gespräch", "Wir gehen"));
    Files.writeString(dir.resolve("notes.json"), "not a gold file");
    List<String> types = new ArrayList<>();
    GoldSet.Annotator system = (Path document, String documentType) -> {
      types.add(documentType);
      return Fixture.perfect();
    };
    List<String> progress = new ArrayList<>();
    EvalReport report = GoldSet.score(dir, dir, "narrative", system, progress::add);
    assertEquals(1, report.documents().size());
    assertEquals(1.0, report.actors().f1());
    assertEquals("narrative", report.documents().get(0).documentType());
    assertEquals(List.of("narrative", "narrative"), types, "a and c reach the system; b has no document");
    assertEquals(2, report.errors().size());
    assertTrue(report.errors().get(0).startsWith("b.gold.json: document: no file"), report.errors().get(0));
    assertTrue(report.errors().get(1).startsWith("c.gold.json: quotes[0]: snippet \"Wir gehen\""), report.errors().get(1));
    assertTrue(progress.containsAll(report.errors()));
  }

  @Test
  void anEmptyFolderIsAnError() {
    EvalReport report = GoldSet.score(dir, dir, null, (d, t) -> { throw new AssertionError("nothing to annotate"); }, line -> {});
    assertEquals(0, report.documents().size());
    assertEquals(1, report.errors().size());
  }
}
