package org.chronik.eval;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Actor;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Event;
import org.chronik.model.EventCode;
import org.chronik.model.Layer;
import org.chronik.model.Modality;
import org.chronik.model.PartialDate;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;

/** A small invented document and builders for hand-made system output about it. */
final class Fixture {
  static final String BODY = """
      Ruritania und Freedonia reden wieder

      Am 12. März 2021 trafen sich die Außenminister von Ruritania und Freedonia in Zenda. \
      Ruritania verhängte am 14. März Sanktionen gegen Freedonia. Freedonia hat Ruritania nicht angegriffen. \
      Die Ministerin Anna Berg sagte: "Wir bleiben im Gespräch mit allen." Die Zeitung "Abendbote" \
      berichtete am 14. März  darüber.""";

  /** Gold for BODY: every layer, with required and optional items. */
  static final String GOLD = """
      {
        "document": "fixture.txt",
        "creation_date": "2021-03-15",
        "actors": [
          {"name": "Ruritania", "type": "COUNTRY", "country": "RUR", "required": true},
          {"name": "Freedonia", "aliases": ["Republic of Freedonia"], "type": "COUNTRY", "country": "FRE", "required": true},
          {"name": "Anna Berg", "type": "PERSON", "country": "RUR", "sector": "GOV", "required": true},
          {"name": "Zenda", "type": "LOCATION", "country": "RUR", "required": false}
        ],
        "time_expressions": [
          {"text": "Am 12. März 2021", "value": "2021-03-12", "required": true},
          {"text": "am 14. März", "value": "2021-03-14", "required": true},
          {"text": "am 14. März", "occurrence": 2, "value": "2021-03-14", "required": false}
        ],
        "events": [
          {"id": "E1", "evidence": "trafen sich die Außenminister", "source": "RUR", "target": "FRE", "symmetric": true,
           "codes": ["040", "043"], "date": "2021-03", "required": true},
          {"id": "E2", "evidence": "Ruritania verhängte am 14. März Sanktionen", "source": "RUR", "target": "FRE",
           "codes": ["163", "160"], "date": "2021-03-14", "required": true},
          {"id": "E3", "evidence": "Die Zeitung \\"Abendbote\\" berichtete", "source": "RUR", "target": "FRE",
           "codes": ["010"], "required": false}
        ],
        "not_events": [
          {"evidence": "Freedonia hat Ruritania nicht angegriffen", "source": "FRE", "target": "RUR", "root": "19"}
        ],
        "quotes": [
          {"begins": "Wir bleiben im Gespräch", "speaker": ["Anna Berg"], "required": true}
        ],
        "not_quotes": [
          {"text": "Abendbote"}
        ]
      }
      """;

  static final Snippets SNIPPETS = new Snippets(BODY);

  private Fixture() {}

  static GoldDocument gold() {
    return GoldReader.parse(GOLD, "fixture.gold.json");
  }

  static Span at(String snippet) {
    return at(snippet, 1);
  }

  static Span at(String snippet, int occurrence) {
    Span span = SNIPPETS.locate(snippet, occurrence);
    if (span == null) {
      throw new IllegalArgumentException("fixture has no " + snippet);
    }
    return span;
  }

  static ActorRef ref(String name, ActorType type, String country, String sector) {
    return new ActorRef("test:" + name, name, type, country, sector, null);
  }

  static ActorRef country(String key) {
    return ref(key, ActorType.COUNTRY, key, null);
  }

  static Actor actor(String name, ActorType type, String country, String sector) {
    return new Actor(ref(name, type, country, sector), List.of());
  }

  static TimeExpression timex(String snippet, int occurrence, String value) {
    return new TimeExpression(at(snippet, occurrence), snippet, "DATE", value, null, "test");
  }

  static Event event(String evidence, String source, String target, boolean symmetric, String code, String date, Modality modality) {
    EventCode eventCode = new EventCode(code, "test", 0.0, 1, null, null);
    return new Event("e-" + evidence.hashCode(), at(evidence), null, country(source), country(target), symmetric, eventCode,
        date == null ? null : PartialDate.parse(date), null, null, modality, null, "test", List.of(), null);
  }

  static Event event(String evidence, String source, String target, String code, String date) {
    return event(evidence, source, target, false, code, date, Modality.ASSERTED);
  }

  static Quote quote(String snippet, String speaker) {
    ActorRef who = speaker == null ? null : ref(speaker, ActorType.PERSON, null, null);
    return new Quote(at(snippet), snippet, QuoteType.DIRECT, null, null, who, null, null);
  }

  /** The perfect output for GOLD's required items. */
  static List<Actor> perfectActors() {
    return new ArrayList<>(List.of(
        actor("Ruritania", ActorType.COUNTRY, "RUR", null),
        actor("Freedonia", ActorType.COUNTRY, "FRE", null),
        actor("Anna Berg", ActorType.PERSON, "RUR", "GOV")));
  }

  static List<TimeExpression> perfectTimes() {
    return new ArrayList<>(List.of(timex("Am 12. März 2021", 1, "2021-03-12"), timex("am 14. März", 1, "2021-03-14")));
  }

  static List<Event> perfectEvents() {
    return new ArrayList<>(List.of(
        event("trafen sich die Außenminister von Ruritania und Freedonia in Zenda", "RUR", "FRE", true, "043", "2021-03-12", Modality.ASSERTED),
        event("Ruritania verhängte am 14. März Sanktionen gegen Freedonia.", "RUR", "FRE", "163", "2021-03-14")));
  }

  static List<Quote> perfectQuotes() {
    return new ArrayList<>(List.of(quote("Wir bleiben im Gespräch mit allen.", "Anna Berg")));
  }

  static AnnotatedDocument output(List<Actor> actors, List<TimeExpression> times, List<Event> events, List<Quote> quotes) {
    AnnotatedDocument doc = AnnotatedDocument.of(Article.of("fixture", PartialDate.parse("2021-03-15"), BODY));
    if (actors != null) {
      doc = doc.with(Layer.ACTORS, actors);
    }
    if (times != null) {
      doc = doc.with(Layer.TIMEX, times);
    }
    if (events != null) {
      doc = doc.with(Layer.EVENTS, events);
    }
    if (quotes != null) {
      doc = doc.with(Layer.QUOTES, quotes);
    }
    return doc;
  }

  static AnnotatedDocument perfect() {
    return output(perfectActors(), perfectTimes(), perfectEvents(), perfectQuotes());
  }
}
