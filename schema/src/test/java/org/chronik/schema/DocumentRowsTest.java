package org.chronik.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.chronik.model.Actor;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.ArgumentSource;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.DateSource;
import org.chronik.model.Event;
import org.chronik.model.EventCode;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.Modality;
import org.chronik.model.PartialDate;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

class DocumentRowsTest {
  private static final String BODY = "Chile protestierte gegen Peru.";
  private static final ActorRef CHILE = new ActorRef("country:CHL", "Chile", ActorType.COUNTRY, "CHL", "GOV", null, "Q298");
  private static final ActorRef PERU = new ActorRef("country:PER", "Peru", ActorType.COUNTRY, "PER", null, null, null);
  private static final Provenance RUN = new Provenance(7L, LocalDateTime.of(2025, 1, 2, 3, 4, 5));

  private static AnnotatedDocument document() {
    Article article = new Article("a1", "chile.txt", null, PartialDate.ofMonth(2024, 5), "Protest", BODY, "de", null,
        List.of("Foto: X"), Map.of("place", "Santiago"));
    Token t = new Token(0, "Chile", "Chile", new Span(0, 5), "Chile", "PROPN", "NE", "LOC", 1, "nsubj");
    Sentence s = new Sentence(0, new Span(0, BODY.length()), List.of(t));
    Event e = new Event("e1", new Span(0, BODY.length()), new Span(6, 18), CHILE, PERU, false,
        new EventCode("111", "Criticize or denounce", -2.0, 3, "ACCUSE", null), PartialDate.ofMonth(2024, 5),
        DateSource.CREATION_DATE, "Lima", Modality.NEGATED, null, "de.test", List.of(), null);
    return AnnotatedDocument.of(article)
        .with(Layer.SENTENCES, List.of(s))
        .with(Layer.MENTIONS, List.of(new Mention(new Span(0, 5), "Chile", CHILE, "NAME", "countries")))
        .with(Layer.ACTORS, List.of(new Actor(CHILE, List.of(new Span(0, 5)))))
        .with(Layer.EVENTS, List.of(e));
  }

  @Test
  void rowsCarryTheDocumentInNamedFields() {
    DocumentRows rows = DocumentRows.of(document(), RUN);
    ArticleRow a = rows.article();
    assertEquals("a1", a.id());
    assertEquals(LocalDate.of(2024, 5, 1), a.creationDate());
    assertEquals("MONTH", a.datePrecision());
    assertEquals("[\"Foto: X\"]", a.credits());
    assertEquals(7L, a.runId());
    assertEquals(ArticleRow.ANNOTATED, a.status());
    assertEquals("sentences,mentions,actors,events", a.layers());
    EventRow e = rows.events().get(0);
    assertEquals("country:CHL", e.source().key());
    assertEquals("Q298", e.source().wikidata());
    assertNull(e.target().wikidata());
    assertEquals("protestierte", e.triggerText());
    assertEquals((byte) 3, e.quad());
    assertTrue(e.flagged(), "a negated event is flagged");
    assertEquals(1, rows.mentions().size());
    assertEquals(1, rows.actors().get(0).mentionCount());
    assertEquals(0, rows.actors().get(0).firstBegin());
    assertTrue(rows.sentences().get(0).tokens().contains("\"deprel\":\"nsubj\""));
    assertTrue(rows.quotes().isEmpty() && rows.timeExpressions().isEmpty(), "absent layers give no rows");
  }

  @Test
  void valuesFollowTheColumnsByName() {
    EventRow e = DocumentRows.of(document(), RUN).events().get(0);
    Object[] values = EventRow.TABLE.values(e);
    List<String> names = EventRow.TABLE.columnNames();
    assertEquals(names.size(), values.length);
    assertEquals("country:CHL", values[names.indexOf("source_key")]);
    assertEquals("Q298", values[names.indexOf("source_wikidata")]);
    assertEquals("country:PER", values[names.indexOf("target_key")]);
    assertEquals("Lima", values[names.indexOf("place")]);
    assertEquals(LocalDate.of(2024, 5, 1), values[names.indexOf("event_date")]);
  }

  @Test
  void whereEachPartyWasReadIsAColumn() {
    Event e = document().layer(Layer.EVENTS).get(0);
    Event fromPronoun = new Event(e.id(), e.evidence(), e.trigger(), e.source(), e.target(), false, e.code(), e.date(),
        e.dateSource(), e.place(), e.modality(), null, e.rule(), List.of(), null, ArgumentSource.PRONOUN, ArgumentSource.SENTENCE);
    EventRow row = DocumentRows.of(document().with(Layer.EVENTS, List.of(fromPronoun)), RUN).events().get(0);
    List<String> names = EventRow.TABLE.columnNames();
    Object[] values = EventRow.TABLE.values(row);
    assertEquals("PRONOUN", values[names.indexOf("source_from")]);
    assertEquals("SENTENCE", values[names.indexOf("target_from")]);
    Object[] unrecorded = EventRow.TABLE.values(DocumentRows.of(document(), RUN).events().get(0));
    assertNull(unrecorded[names.indexOf("source_from")], "an event without provenance stores null, not a guess");
  }

  @Test
  void aDocumentLeftUnannotatedSaysWhy() {
    AnnotatedDocument doc = AnnotatedDocument.of(Article.of("b1", null, "Le Chili proteste.")).with(Layer.LANGUAGE, "fr")
        .with(Layer.STATUS, "not annotated: language fr");
    ArticleRow a = DocumentRows.of(doc, RUN).article();
    assertEquals("not annotated: language fr", a.status());
    assertEquals("fr", a.language());
    assertNull(a.creationDate());
  }

  @Test
  void aRequiredColumnRefusesNullAndEveryColumnItsType() {
    ActorRow noKey = new ActorRow("a1", null, "X", null, null, null, null, 1, null, null);
    assertThrows(IllegalStateException.class, () -> ActorRow.TABLE.values(noKey));
    Column<ActorRow> wrong = Column.of("mention_count", ColumnType.INTEGER, r -> "one");
    assertThrows(IllegalStateException.class, () -> wrong.valueOf(noKey));
  }

  @Test
  void everyTableIsListedOnceAndRowsOfEachCanBeRead() {
    DocumentRows rows = DocumentRows.of(document(), RUN);
    assertEquals(7, DocumentRows.TABLES.stream().map(Table::name).distinct().count());
    for (Table<?> table : DocumentRows.TABLES) {
      for (Object row : rows.rows(table)) {
        assertTrue(table.rowType().isInstance(row), table.name());
      }
    }
  }

  @Test
  void theReadmeDocumentsEveryColumn() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    for (Table<?> table : OutputTables.ALL) {
      int at = readme.indexOf("### `" + table.name() + "`");
      assertTrue(at >= 0, "README section for " + table.name());
      int next = readme.indexOf("\n### ", at + 1);
      String section = readme.substring(at, next < 0 ? readme.length() : next);
      for (Column<?> column : table.columns()) {
        assertTrue(section.contains("| `" + column.name() + "` | " + column.type() + " |"),
            "README row for " + table.name() + "." + column.name() + " with type " + column.type());
      }
    }
  }
}
