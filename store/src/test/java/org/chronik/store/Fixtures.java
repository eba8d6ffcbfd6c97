package org.chronik.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
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
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;
import org.chronik.model.Token;

/** Hand-built annotated documents (own sentences, no seed text) for store tests. */
final class Fixtures {
  static final ActorRef FRA = new ActorRef("country:FRA", "France", ActorType.COUNTRY, "FRA", "GOV", null);
  static final ActorRef JPN = new ActorRef("country:JPN", "Japan", ActorType.COUNTRY, "JPN", "GOV", null);
  static final ActorRef BRA = new ActorRef("country:BRA", "Brazil", ActorType.COUNTRY, "BRA", null, null);
  static final ActorRef AGENCY = new ActorRef("org:afp", "AFP", ActorType.ORGANIZATION, "FRA", "MED", null);
  static final EventCode PHONE = new EventCode("041", "Discuss by telephone", 1.0, 1, "CONSULT", "phone");
  static final EventCode ACCUSE = new EventCode("112", "Accuse", -2.0, 3, "ACCUSE", "allege");
  static final EventCode SANCTION = new EventCode("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "SANCTION", null);

  private Fixtures() {}

  static String id(String body, String source) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest((body + "\0" + source).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Article article(String source, String date, String title, String body) {
    return new Article(id(body, source), source, "https://example.org/" + source, PartialDate.parse(date), title, body,
        "de", null, List.of(), Map.of("agency", "AFP"));
  }

  /**
   * "Frankreichs Außenministerin telefonierte am Dienstag mit ihrem Amtskollegen aus Japan. …"
   * with every layer: sentences, timex, mentions, actors, quotes, events (one of them negated).
   */
  static AnnotatedDocument phoneCall(String source, String date) {
    String s1 = "Frankreichs Außenministerin telefonierte am Dienstag mit ihrem Amtskollegen aus Japan.";
    String s2 = " Paris warf Brasilien vor, Absprachen gebrochen zu haben.";
    String s3 = " Sanktionen gegen Brasilien verhängte Frankreich nicht.";
    String s4 = " \"Wir bleiben im Gespräch\", sagte die Ministerin.";
    String body = s1 + s2 + s3 + s4;
    Article a = article(source, date, "Telefonat zwischen Paris und Tokio", body);
    int b2 = s1.length();
    int b3 = b2 + s2.length();
    int b4 = b3 + s3.length();
    Span sent1 = new Span(0, s1.length());
    Span sent2 = new Span(b2 + 1, b3);
    Span sent3 = new Span(b3 + 1, b4);
    PartialDate day = PartialDate.parse(date);
    List<Event> events = List.of(
        new Event("e1", sent1, span(body, "telefonierte"), FRA, JPN, true, PHONE, day, DateSource.EXPRESSION, null,
            Modality.ASSERTED, AGENCY, "de.phone.1", List.of(span(body, "telefonierte")), null),
        new Event("e2", sent2, span(body, "warf"), FRA, BRA, false, ACCUSE, day, DateSource.CREATION_DATE, "Paris",
            Modality.ASSERTED, null, "de.accuse.2", List.of(), null),
        new Event("e3", sent3, span(body, "verhängte"), FRA, BRA, false, SANCTION, day, DateSource.CREATION_DATE, null,
            Modality.NEGATED, null, "de.sanction.1", List.of(), null));
    List<Mention> mentions = List.of(
        new Mention(span(body, "Frankreichs"), "Frankreichs", FRA, "ADJECTIVE", "countries:FRA"),
        new Mention(span(body, "Japan"), "Japan", JPN, "NAME", "countries:JPN"),
        new Mention(span(body, "Paris"), "Paris", FRA, "METONYM", "countries:FRA"),
        new Mention(span(body, "Brasilien"), "Brasilien", BRA, "NAME", "countries:BRA"));
    List<Actor> actors = List.of(
        new Actor(FRA, List.of(span(body, "Frankreichs"), span(body, "Paris"))),
        new Actor(JPN, List.of(span(body, "Japan"))),
        new Actor(BRA, List.of(span(body, "Brasilien"))));
    int q = body.indexOf("Wir bleiben");
    Span quoteSpan = new Span(q, q + "Wir bleiben im Gespräch".length());
    List<Quote> quotes = List.of(new Quote(quoteSpan, quoteSpan.of(body), QuoteType.DIRECT, span(body, "sagte"), "sagte",
        FRA, span(body, "die Ministerin"), null));
    List<TimeExpression> timex = List.of(new TimeExpression(span(body, "am Dienstag"), "am Dienstag", "DATE", date, null, "de.weekday"));
    return AnnotatedDocument.of(a)
        .with(Layer.SENTENCES, sentences(body, List.of(sent1, sent2, sent3, new Span(b4 + 1, body.length()))))
        .with(Layer.TIMEX, timex)
        .with(Layer.MENTIONS, mentions)
        .with(Layer.ACTORS, actors)
        .with(Layer.QUOTES, quotes)
        .with(Layer.EVENTS, events);
  }

  /** A document with only a few events between two actors (no other layers), for volume tests. */
  static AnnotatedDocument eventsOnly(String source, String date, ActorRef from, ActorRef to, EventCode... codes) {
    StringBuilder body = new StringBuilder();
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      int begin = body.length();
      body.append(from.name()).append(" und ").append(to.name()).append(": ").append(codes[i].name()).append(" (Meldung ")
          .append(source).append(", Nummer ").append(i + 1).append("). ");
      Span sentence = new Span(begin, body.length() - 1);
      events.add(new Event("e" + (i + 1), sentence, new Span(begin, begin + 1), from, to, false, codes[i], PartialDate.parse(date),
          DateSource.CREATION_DATE, null, Modality.ASSERTED, null, "test.rule", List.of(), null));
    }
    return AnnotatedDocument.of(article(source, date, null, body.toString().strip())).with(Layer.EVENTS, events);
  }

  static Span span(String body, String text) {
    int i = body.indexOf(text);
    if (i < 0) {
      throw new IllegalArgumentException(text);
    }
    return new Span(i, i + text.length());
  }

  private static List<Sentence> sentences(String body, List<Span> spans) {
    List<Sentence> out = new ArrayList<>();
    for (int s = 0; s < spans.size(); s++) {
      Span span = spans.get(s);
      List<Token> tokens = new ArrayList<>();
      int i = span.begin();
      int index = 0;
      while (i < span.end()) {
        while (i < span.end() && Character.isWhitespace(body.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < span.end() && !Character.isWhitespace(body.charAt(i))) {
          i++;
        }
        if (i > start) {
          String w = body.substring(start, i);
          tokens.add(new Token(index, w, w, new Span(start, i), w.toLowerCase(), "X", "XY", "O", index == 0 ? -1 : 0, index == 0 ? "root" : "dep"));
          index++;
        }
      }
      out.add(new Sentence(s, span, tokens));
    }
    return out;
  }
}
