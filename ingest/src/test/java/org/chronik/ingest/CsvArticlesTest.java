package org.chronik.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files are read by their columns, or refused in one line; never read as one text with its labels inside. */
class CsvArticlesTest {
  @TempDir Path dir;

  private List<ReadResult> read(String name, String content, CsvColumns columns) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return Readers.read(List.of(p.toString()), ReadOptions.defaults().withCsv(columns)).toList();
  }

  @Test
  void labelAndQuotedTextWithoutHeaderIsTheTenKGnadLayout() throws IOException {
    List<ReadResult> r = read("korpus.csv", "Sport;'Der Verein gewann am Sonntag das Derby mit zwei Toren Vorsprung; die Fans feierten"
        + " bis in die Nacht und der Trainer sprach von einem ''verdienten'' Sieg.'\n"
        + "Kultur;Das Theater eröffnete die Saison mit einer Inszenierung, die das Publikum lange und begeistert beklatschte.\n",
        CsvColumns.FIND);
    assertEquals(2, r.size());
    Article a = r.get(0).article();
    assertTrue(a.body().startsWith("Der Verein gewann"), a.body());
    assertTrue(a.body().contains("einem 'verdienten' Sieg"), "a doubled quote is one quote: " + a.body());
    assertTrue(a.body().contains("Vorsprung; die Fans"), "a separator inside quotes is text");
    assertEquals("Sport", a.metadata().get("label"));
    assertEquals("true", a.metadata().get("undated"));
    assertNull(a.creationDate());
    assertEquals("korpus.csv:1", a.source());
    assertEquals("Kultur", r.get(1).article().metadata().get("label"));
    assertTrue(r.get(1).article().body().startsWith("Das Theater"), "the label never enters the text");
  }

  @Test
  void aTextThatOpensWithADoubleQuoteDoesNotMakeItTheQuoteCharacter() throws IOException {
    // as in 10kGNAD: ' quotes only the texts that hold a ';', while texts often open with a quotation in "
    List<ReadResult> r = read("zitate.csv", String.join("\n",
        "Inland;\"Wir bleiben hart\", sagte die Ministerin am Montag in Graz, und die Opposition widersprach ihr umgehend.",
        "Sport;'\"Ein großer Tag\", jubelte der Trainer nach dem Spiel; die Mannschaft feierte lange mit den Fans.'",
        "Web;'Der Dienst fiel am Abend aus; viele Nutzer meldeten Störungen, und der Anbieter versprach eine Erklärung.'",
        "Etat;\"Das Budget steht\", erklärte der Finanzminister nach der Sitzung des Ministerrats am Mittwoch.",
        "Kultur;Die Ausstellung in Linz zeigt Werke aus drei Jahrhunderten und ist bis zum Herbst jeden Tag geöffnet.",
        "Panorama;Ein Unwetter hat in der Nacht mehrere Straßen in Tirol überflutet, verletzt wurde niemand.",
        "Wissenschaft;Forscher aus Innsbruck haben ein neues Verfahren zur Messung von Gletscherschmelze vorgestellt.",
        "Wirtschaft;Die Industrieproduktion ist im Frühjahr gestiegen, vor allem dank der Nachfrage aus dem Ausland.") + "\n",
        CsvColumns.FIND);
    // read with " as the quote the ' line would split at its ';' (7 of 8 lines fit, enough to pass as a dialect): ' fits all 8
    assertEquals(8, r.size(), r.toString());
    assertTrue(r.stream().allMatch(ReadResult::ok), r.toString());
    assertEquals("Web", r.get(2).article().metadata().get("label"));
    assertTrue(r.get(2).article().body().contains("aus; viele Nutzer"), r.get(2).article().body());
    assertTrue(r.get(0).article().body().startsWith("\"Wir bleiben hart\", sagte"), r.get(0).article().body());
    assertTrue(r.get(1).article().body().startsWith("\"Ein großer Tag\", jubelte") && r.get(1).article().body().contains("Spiel; die"),
        r.get(1).article().body());
  }

  @Test
  void headerNamesFindTextDateAndTitleAndTheRestIsMetadata() throws IOException {
    List<ReadResult> r = read("feed.csv", "url,Titel,Datum,Inhalt,Ressort\n"
        + "https://example.org/1,Gipfel vertagt,2024-03,\"Der Gipfel wurde vertagt, sagte ein Sprecher.\nEin neuer Termin folgt.\",Politik\n",
        CsvColumns.FIND);
    Article a = r.get(0).article();
    assertEquals("Gipfel vertagt", a.title());
    assertEquals(PartialDate.parse("2024-03"), a.creationDate());
    assertEquals("Der Gipfel wurde vertagt, sagte ein Sprecher.\nEin neuer Termin folgt.", a.body(), "a line break inside quotes");
    assertEquals("https://example.org/1", a.url());
    assertEquals("Politik", a.metadata().get("Ressort"));
  }

  @Test
  void columnsNamedByTheUserByNameOrNumber() throws IOException {
    String content = "kennung\tzeit\tkopf\tnachricht\n7\t2023-11-02\tWahl in Spanien\tDas Parlament in Madrid wählte am Donnerstag"
        + " einen neuen Ministerpräsidenten.\n";
    Article byName = read("a.tsv", content, new CsvColumns("nachricht", "zeit", "kopf")).get(0).article();
    assertEquals(PartialDate.parse("2023-11-02"), byName.creationDate());
    assertEquals("Wahl in Spanien", byName.title());
    assertEquals("7", byName.metadata().get("kennung"));
    Article byNumber = read("b.tsv", content, new CsvColumns("4", "2", "3")).get(0).article();
    assertEquals(byName.body(), byNumber.body(), "the header line is told by its short text column");
    assertEquals(1, read("c.tsv", content, new CsvColumns("4", "2", "3")).size());
  }

  @Test
  void whatCannotBeToldIsRefusedInOneLineAndBadRecordsEachCostOne() throws IOException {
    List<ReadResult> unclear = read("u.csv", "a,b,c\nd,e,f\n", CsvColumns.FIND);
    assertEquals(1, unclear.size());
    assertTrue(unclear.get(0).error().endsWith("u.csv: which column holds the article text? Name it with --csv-text COL (a header"
        + " name or a number from 1; its columns: 3 columns, no header)"), unclear.get(0).error());
    List<ReadResult> missing = read("m.csv", "title,text\nA,Ein Satz über den Haushalt.\n", new CsvColumns("body", null, null));
    assertTrue(missing.get(0).error().endsWith("m.csv: --csv-text body: no such column (its header: title, text)"), missing.get(0).error());
    List<ReadResult> rows = read("r.csv", "date,text\n2024-01-05,Der Landtag tagte.\n2024-13-01,Falsches Datum.\n,\nx,y,z\n",
        CsvColumns.FIND);
    assertEquals(4, rows.size());
    assertTrue(rows.get(0).ok());
    assertTrue(rows.get(1).error().endsWith("r.csv line 3: bad date \"2024-13-01\" in column date (expected YYYY-MM-DD or YYYY-MM)"),
        rows.get(1).error());
    assertTrue(rows.get(2).error().endsWith("r.csv line 4: empty text in column text"), rows.get(2).error());
    assertTrue(rows.get(3).error().endsWith("r.csv line 5: 3 fields, expected 2 like the other lines (a separator inside an unquoted"
        + " text?)"), rows.get(3).error());
    List<ReadResult> open = read("o.csv", "id,text\n1,\"Ein Zitat ohne Ende\n", CsvColumns.FIND);
    assertTrue(open.get(0).error().endsWith("o.csv line 2: a quoted field (opened with \") is never closed"), open.get(0).error());
  }

  @Test
  void theRealTenKGnadTestSplitIsReadOutOfTheBox() throws IOException {
    Path file = Path.of(System.getProperty("chronik.shared", "../../shared"), "corpora", "10kgnad", "test.csv");
    if (!Files.isRegularFile(file)) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("10kGNAD is missing at " + file.toAbsolutePath().normalize() + " (required when CI=true)");
      }
      Assumptions.abort("../shared not found at " + file);
    }
    List<ReadResult> r = Readers.read(List.of(file.toString()), ReadOptions.defaults()).toList();
    assertEquals(1028, r.size());
    assertTrue(r.stream().allMatch(ReadResult::ok), r.stream().filter(x -> !x.ok()).map(ReadResult::error).findFirst().orElse(""));
    Set<String> labels = Set.of("Etat", "Inland", "International", "Kultur", "Panorama", "Sport", "Web", "Wirtschaft", "Wissenschaft");
    for (ReadResult x : r) {
      assertTrue(labels.contains(x.article().metadata().get("label")), x.article().metadata().toString());
      assertTrue(x.article().body().length() > 50 && !labels.contains(x.article().body().split(";")[0]), x.article().source());
    }
    // its first lines alone too: a few texts quoted with ' among many that open with a " are still read with '
    for (int lines : new int[] {10, 40, 200}) {
      Path head = dir.resolve("head-" + lines + ".csv");
      Files.write(head, Files.readAllLines(file, StandardCharsets.UTF_8).subList(0, lines), StandardCharsets.UTF_8);
      List<ReadResult> part = Readers.read(List.of(head.toString()), ReadOptions.defaults()).toList();
      assertEquals(lines, part.stream().filter(ReadResult::ok).count(), lines + " lines: " + part.get(0));
    }
  }
}
