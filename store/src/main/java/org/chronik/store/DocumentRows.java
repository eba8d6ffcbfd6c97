package org.chronik.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.chronik.model.Actor;
import org.chronik.model.ActorRef;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Event;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.PartialDate;
import org.chronik.model.Quote;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;
import org.chronik.model.Token;

/** Turns the layers of documents into batched inserts, one prepared statement per table. */
final class DocumentRows implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  // rows of one statement: many rows per INSERT cost a third of one INSERT per row in DuckDB
  private static final int MAX_PARAMETERS = 8_000;

  /** The rows of one table waiting for {@link #flush}. */
  private record Table(String name, int columns, List<Object[]> rows) {
    Table(String name, int columns) {
      this(name, columns, new ArrayList<>());
    }
  }

  private final Connection connection;
  private final long runId;
  private final Table articles = new Table("articles", 14);
  private final Table sentences = new Table("sentences", 6);
  private final Table mentions = new Table("mentions", 11);
  private final Table actors = new Table("actors", 10);
  private final Table events = new Table("events", 41);
  private final Table quotes = new Table("quotes", 14);
  private final Table timex = new Table("time_expressions", 8);

  DocumentRows(Connection connection, long runId) {
    this.connection = connection;
    this.runId = runId;
  }

  void add(AnnotatedDocument document) throws SQLException {
    Article a = document.article();
    String id = a.id();
    String body = a.body();
    List<String> layerNames = new ArrayList<>();
    document.layers().forEach(l -> layerNames.add(l.name()));
    bind(articles, id, a.source(), a.url(), date(a.creationDate()), precision(a.creationDate()), a.title(), body,
        a.language() != null ? a.language() : document.find(Layer.LANGUAGE).orElse(null), a.byline(),
        json(a.credits()), json(a.metadata()), String.join(",", layerNames), runId,
        new java.sql.Timestamp(System.currentTimeMillis()));
    for (Sentence s : document.find(Layer.SENTENCES).or(() -> document.find(Layer.PARSE)).orElse(List.of())) {
      bind(sentences, id, s.index(), s.span().begin(), s.span().end(), s.size(), json(tokens(s)));
    }
    for (Mention m : document.find(Layer.MENTIONS).orElse(List.of())) {
      ActorRef r = m.actor();
      bind(mentions, id, m.span().begin(), m.span().end(), m.text(), key(r), name(r), type(r),
          r == null ? null : r.country(), m.kind(), m.rule(), wikidata(r));
    }
    for (Actor actor : document.find(Layer.ACTORS).orElse(List.of())) {
      ActorRef r = actor.ref();
      Integer first = actor.mentions().stream().map(Span::begin).min(Integer::compare).orElse(null);
      bind(actors, id, r.id(), r.name(), type(r), r.country(), r.sector(), r.role(), actor.mentions().size(), first, r.wikidata());
    }
    for (Event e : document.find(Layer.EVENTS).orElse(List.of())) {
      addEvent(id, body, e);
    }
    for (Quote q : document.find(Layer.QUOTES).orElse(List.of())) {
      bind(quotes, id, q.span().begin(), q.span().end(), q.text(), q.type() == null ? null : q.type().name(),
          begin(q.cue()), end(q.cue()), q.cueText(), key(q.speaker()), name(q.speaker()),
          begin(q.speakerSpan()), end(q.speakerSpan()), key(q.source()), name(q.source()));
    }
    for (TimeExpression t : document.find(Layer.TIMEX).orElse(List.of())) {
      bind(timex, id, t.span().begin(), t.span().end(), t.text(), t.type(), t.value(), t.mod(), t.rule());
    }
  }

  private void addEvent(String articleId, String body, Event e) throws SQLException {
    var code = e.code();
    ActorRef s = e.source();
    ActorRef t = e.target();
    boolean flagged = flagged(e);
    bind(events, articleId, e.id(), code.code(), code.root(), code.name(), code.goldstein(), code.quad(),
        code.ploverType(), code.ploverMode(),
        key(s), name(s), type(s), s == null ? null : s.country(), s == null ? null : s.sector(), s == null ? null : s.role(),
        key(t), name(t), type(t), t == null ? null : t.country(), t == null ? null : t.sector(), t == null ? null : t.role(),
        e.symmetric(), date(e.date()), precision(e.date()), e.dateSource() == null ? null : e.dateSource().name(),
        e.place(), e.modality() == null ? null : e.modality().name(), key(e.attribution()), name(e.attribution()),
        e.rule(), begin(e.evidence()), end(e.evidence()), text(body, e.evidence()),
        begin(e.trigger()), end(e.trigger()), text(body, e.trigger()), e.duplicateOf(), flagged, wikidata(s), wikidata(t),
        false); // synthetic (V003): read from an article
  }

  /** Not reportable (negated, hypothetical, denied) or a repeated mention: stored, left out of answers unless asked. */
  static boolean flagged(Event e) {
    return (e.modality() != null && !e.modality().reportable()) || e.duplicateOf() != null;
  }

  /** Inserts every buffered row, a few hundred rows per statement, all values bound. */
  void flush() throws SQLException {
    for (Table table : List.of(articles, sentences, mentions, actors, events, quotes, timex)) {
      int perStatement = Math.max(1, MAX_PARAMETERS / table.columns());
      for (int from = 0; from < table.rows().size(); from += perStatement) {
        List<Object[]> chunk = table.rows().subList(from, Math.min(table.rows().size(), from + perStatement));
        String row = "(" + String.join(", ", Collections.nCopies(table.columns(), "?")) + ")";
        String sql = "INSERT INTO " + table.name() + " VALUES " + String.join(", ", Collections.nCopies(chunk.size(), row));
        try (PreparedStatement st = connection.prepareStatement(sql)) {
          int p = 1;
          for (Object[] values : chunk) {
            for (Object v : values) {
              if (v == null) {
                st.setNull(p++, Types.VARCHAR);
              } else {
                st.setObject(p++, v);
              }
            }
          }
          st.executeUpdate();
        }
      }
      table.rows().clear();
    }
  }

  private static void bind(Table table, Object... values) {
    if (values.length != table.columns()) {
      throw new IllegalStateException(table.name() + " has " + table.columns() + " columns, got " + values.length);
    }
    table.rows().add(values);
  }

  private static List<Map<String, Object>> tokens(Sentence s) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("i", t.index());
      m.put("text", t.text());
      if (t.surface() != null && !t.surface().equals(t.text())) {
        m.put("surface", t.surface());
      }
      m.put("begin", t.begin());
      m.put("end", t.end());
      m.put("lemma", t.lemma());
      m.put("upos", t.upos());
      m.put("xpos", t.xpos());
      m.put("ner", t.ner());
      m.put("head", t.head());
      m.put("deprel", t.deprel());
      out.add(m);
    }
    return out;
  }

  static Date date(PartialDate d) {
    return d == null ? null : Date.valueOf(d.start());
  }

  static String precision(PartialDate d) {
    return d == null ? null : d.precision().name();
  }

  private static String key(ActorRef r) {
    return r == null ? null : r.id();
  }

  private static String name(ActorRef r) {
    return r == null ? null : r.name();
  }

  private static String wikidata(ActorRef r) {
    return r == null ? null : r.wikidata();
  }

  private static String type(ActorRef r) {
    return r == null || r.type() == null ? null : r.type().name();
  }

  private static Integer begin(Span s) {
    return s == null ? null : s.begin();
  }

  private static Integer end(Span s) {
    return s == null ? null : s.end();
  }

  private static String text(String body, Span s) {
    return s == null || s.end() > body.length() ? null : s.of(body);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    for (Table table : List.of(articles, sentences, mentions, actors, events, quotes, timex)) {
      table.rows().clear();
    }
  }
}
