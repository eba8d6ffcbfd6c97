package org.chronik.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronik.model.Actor;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.DateSource;
import org.chronik.model.Event;
import org.chronik.model.EventCode;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.Modality;
import org.chronik.model.PartialDate;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;
import org.chronik.store.IngestSummary;
import org.chronik.store.Store;

/**
 * A temporary store filled with hand-built documents (own sentences), one hostile article, one
 * undated article without a title, one of month precision, and generated articles for volume.
 */
final class TestStores {
  static final ActorRef CHN = new ActorRef("country:CHN", "China", ActorType.COUNTRY, "CHN", "GOV", null);
  static final ActorRef RUS = new ActorRef("country:RUS", "Russland", ActorType.COUNTRY, "RUS", "GOV", null);
  static final ActorRef MINISTER = new ActorRef("person:wang-yi", "Wang Yi", ActorType.PERSON, "CHN", "GOV", "Außenminister");
  static final EventCode VISIT = new EventCode("042", "Make a visit", 1.9, 1, "CONSULT", "visit");
  static final EventCode THREATEN = new EventCode("138", "Threaten with military force", -7.0, 3, "THREATEN", null);
  static final String HOSTILE_ID = "hostile";
  static final String VISIT_ID = "visit";
  static final String UNDATED_ID = "undated";
  static final String MONTH_ID = "month";
  /** The first line of the undated article, which has no title: pages show it instead of the id. */
  static final String UNDATED_FIRST_LINE = "Peking und Moskau vertiefen ihre Zusammenarbeit";
  /** Generated articles added beside the hand-built ones (about 2.5 events each). */
  static final int GENERATED = 600;

  private TestStores() {}

  /** Creates and fills a store in {@code folder}. */
  static Store filled(Path folder) {
    Store store = Store.open(folder);
    long run = store.writer().startRun("server tests");
    store.writer().write(List.of(visit(), threat(), hostile(), undated(), monthOnly()), run);
    List<AnnotatedDocument> generated = GeneratedDocuments.make(GENERATED, 11);
    for (int i = 0; i < generated.size(); i += 200) {
      store.writer().write(generated.subList(i, Math.min(generated.size(), i + 200)), run);
    }
    store.writer().finishRun(run, new IngestSummary(run, 5 + GENERATED, 0, 5 + GENERATED, 0, 0, 0, 0, 0, 1, 0));
    return store;
  }

  /** No date, no title: its events have no date either; the reader sees its first line as title. */
  static AnnotatedDocument undated() {
    String body = UNDATED_FIRST_LINE + "\n\nChina sagte Russland weitere Lieferungen zu. Beide Seiten lobten die Gespräche.";
    Article a = new Article(UNDATED_ID, "agentur.csv:12", null, null, null, body, "de", null, List.of(), Map.of("undated", "true"));
    int s = body.indexOf("China sagte");
    Event e = new Event("e1", new Span(s, body.indexOf(" Beide")), span(body, "sagte"), CHN, RUS, false,
        new EventCode("070", "Provide aid", 7.0, 2, "AID", null), null, null, null, Modality.ASSERTED, null, "de.aid.1", List.of(), null);
    return AnnotatedDocument.of(a)
        .with(Layer.ACTORS, List.of(new Actor(CHN, List.of(span(body, "China"))), new Actor(RUS, List.of(span(body, "Russland")))))
        .with(Layer.EVENTS, List.of(e));
  }

  /** Dated to a month only ("im Februar 2024"): pages show 2024-02, not a first day nobody wrote. */
  static AnnotatedDocument monthOnly() {
    String body = "Im Februar 2024 verhängte die Regierung in Moskau Gegenmaßnahmen gegen Kiew. Details blieben offen.";
    Article a = new Article(MONTH_ID, "test", "https://example.org/month", PartialDate.parse("2024-02"), "Gegenmaßnahmen im Februar",
        body, "de", null, List.of(), Map.of());
    ActorRef ukr = new ActorRef("country:UKR", "Ukraine", ActorType.COUNTRY, "UKR", "GOV", null);
    Event e = new Event("e1", new Span(0, body.indexOf(" Details")), span(body, "verhängte"), RUS, ukr, false,
        new EventCode("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "SANCTION", null), PartialDate.parse("2024-02"),
        DateSource.EXPRESSION, null, Modality.ASSERTED, null, "de.sanction.1", List.of(), null);
    return AnnotatedDocument.of(a).with(Layer.EVENTS, List.of(e));
  }

  static AnnotatedDocument visit() {
    String body = "Der chinesische Außenminister Wang Yi reiste am Montag nach Moskau. "
        + "Dort traf er seinen russischen Kollegen zu langen Gesprächen. "
        + "\"Unsere Partnerschaft ist stabil\", sagte Wang Yi nach dem Treffen.";
    Article a = article(VISIT_ID, "2024-03-05", "Wang Yi zu Besuch in Moskau", body);
    Span s1 = new Span(0, body.indexOf(" Dort"));
    Event visit = new Event("e1", s1, span(body, "reiste"), MINISTER, RUS, false, VISIT, PartialDate.parse("2024-03-04"),
        DateSource.EXPRESSION, "Moskau", Modality.ASSERTED, null, "de.visit.travel", List.of(span(body, "reiste")), null);
    int q = body.indexOf("Unsere");
    Span quote = new Span(q, body.indexOf("\", sagte"));
    return AnnotatedDocument.of(a)
        .with(Layer.TIMEX, List.of(new TimeExpression(span(body, "am Montag"), "am Montag", "DATE", "2024-03-04", null, "de.weekday")))
        .with(Layer.MENTIONS, List.of(
            new Mention(span(body, "chinesische"), "chinesische", CHN, "ADJECTIVE", "countries:CHN"),
            new Mention(span(body, "Wang Yi"), "Wang Yi", MINISTER, "NAME", "people:wang-yi"),
            new Mention(span(body, "Moskau"), "Moskau", RUS, "METONYM", "countries:RUS")))
        .with(Layer.ACTORS, List.of(new Actor(MINISTER, List.of(span(body, "Wang Yi"))), new Actor(RUS, List.of(span(body, "Moskau")))))
        .with(Layer.QUOTES, List.of(new Quote(quote, quote.of(body), QuoteType.DIRECT, span(body, "sagte"), "sagte", MINISTER,
            new Span(body.lastIndexOf("Wang Yi"), body.lastIndexOf("Wang Yi") + 7), null)))
        .with(Layer.EVENTS, List.of(visit));
  }

  static AnnotatedDocument threat() {
    String body = "Russland drohte China am Freitag mit Konsequenzen an der Grenze. Beobachter sprachen von einer neuen Lage.";
    Article a = article("threat", "2024-06-14", "Drohung an der Grenze", body);
    Event e = new Event("e1", new Span(0, body.indexOf(" Beobachter")), span(body, "drohte"), RUS, CHN, false, THREATEN,
        PartialDate.parse("2024-06-14"), DateSource.EXPRESSION, null, Modality.ASSERTED, null, "de.threaten.1", List.of(), null);
    return AnnotatedDocument.of(a)
        .with(Layer.MENTIONS, List.of(new Mention(span(body, "Russland"), "Russland", RUS, "NAME", "countries:RUS"),
            new Mention(span(body, "China"), "China", CHN, "NAME", "countries:CHN")))
        .with(Layer.ACTORS, List.of(new Actor(RUS, List.of(span(body, "Russland"))), new Actor(CHN, List.of(span(body, "China")))))
        .with(Layer.EVENTS, List.of(e));
  }

  /** Markup in the title, the body and an actor name: the UI must show it as text and run none of it. */
  static AnnotatedDocument hostile() {
    String body = "Zeile eins <script>window.pwned='script'</script> und "
        + "<img src=x onerror=\"window.pwned='img'\"> sowie <b>fett</b> im Text. "
        + "China kritisierte die Einladung scharf.";
    ActorRef evil = new ActorRef("org:evil", "<img src=y onerror=\"window.pwned='actor'\">", ActorType.ORGANIZATION, "CHN", null, null);
    Article a = article(HOSTILE_ID, "2024-07-01", "<script>window.pwned='title'</script>Einladung", body);
    int s = body.indexOf("China");
    Event e = new Event("e1", new Span(s, body.length()), span(body, "kritisierte"), CHN, evil, false,
        new EventCode("111", "Criticize or denounce", -2.0, 3, "ACCUSE", null), PartialDate.parse("2024-07-01"),
        DateSource.CREATION_DATE, null, Modality.ASSERTED, null, "<i>rule</i>", List.of(), null);
    return AnnotatedDocument.of(a)
        .with(Layer.MENTIONS, List.of(new Mention(span(body, "China"), "China", CHN, "NAME", "countries:CHN"),
            new Mention(span(body, "<b>fett</b>"), "<b>fett</b>", evil, "NAME", "test")))
        .with(Layer.EVENTS, List.of(e));
  }

  private static Article article(String id, String date, String title, String body) {
    return new Article(id, "test", "https://example.org/" + id, PartialDate.parse(date), title, body, "de", null, List.of(), Map.of());
  }

  static Span span(String body, String text) {
    int i = body.indexOf(text);
    if (i < 0) {
      throw new IllegalArgumentException(text);
    }
    return new Span(i, i + text.length());
  }
}
