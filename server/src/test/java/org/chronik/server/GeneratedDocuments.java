package org.chronik.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chronik.model.Actor;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.DateSource;
import org.chronik.model.Event;
import org.chronik.model.EventCode;
import org.chronik.model.Layer;
import org.chronik.model.Modality;
import org.chronik.model.PartialDate;
import org.chronik.model.Span;

/**
 * Many annotated articles for the server tests (charts need hundreds of events over years). They
 * are stored as articles read by the pipeline would be: synthetic benchmark events would be left
 * out of every answer of a store that holds articles. Seeded, so every run builds the same store.
 */
final class GeneratedDocuments {
  private static final List<ActorRef> COUNTRIES = List.of(
      country("CHN", "China"), country("RUS", "Russia"), country("USA", "United States"), country("UKR", "Ukraine"),
      country("DEU", "Germany"), country("FRA", "France"), country("IRN", "Iran"), country("ISR", "Israel"));
  /** CAMEO codes with their Goldstein values and quad classes (facts of the codebook), roughly as often as news has them. */
  private static final List<EventCode> CODES = List.of(
      new EventCode("010", "Make statement", 0.0, 1, "CONSULT", null),
      new EventCode("036", "Express intent to meet or negotiate", 4.0, 1, "CONSULT", null),
      new EventCode("040", "Consult", 1.0, 1, "CONSULT", null),
      new EventCode("041", "Discuss by telephone", 1.0, 1, "CONSULT", "phone"),
      new EventCode("042", "Make a visit", 1.9, 1, "CONSULT", "visit"),
      new EventCode("057", "Sign formal agreement", 8.0, 1, "AGREE", null),
      new EventCode("070", "Provide aid", 7.0, 2, "AID", null),
      new EventCode("111", "Criticize or denounce", -2.0, 3, "ACCUSE", null),
      new EventCode("112", "Accuse", -2.0, 3, "ACCUSE", "allege"),
      new EventCode("130", "Threaten", -4.4, 3, "THREATEN", null),
      new EventCode("138", "Threaten with military force", -7.0, 3, "THREATEN", null),
      new EventCode("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "SANCTION", null),
      new EventCode("190", "Use conventional military force", -10.0, 4, "FIGHT", null));
  private static final int[] WEIGHTS = {10, 4, 8, 6, 5, 2, 2, 6, 4, 1, 1, 2, 1};
  private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
  private static final int DAYS = 6 * 365;

  private GeneratedDocuments() {}

  private static ActorRef country(String iso3, String name) {
    return new ActorRef("country:" + iso3, name, ActorType.COUNTRY, iso3, "GOV", null);
  }

  static List<AnnotatedDocument> make(int articles, long seed) {
    Random random = new Random(seed);
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (int n = 0; n < articles; n++) {
      PartialDate date = PartialDate.of(FIRST.plusDays(random.nextInt(DAYS)));
      int count = 1 + random.nextInt(4);
      StringBuilder body = new StringBuilder("Bericht " + n + ".");
      List<Event> events = new ArrayList<>();
      List<Actor> actors = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        // China and Russia in half of all events, so their timeline has every month
        ActorRef source = random.nextBoolean() ? COUNTRIES.get(random.nextInt(2)) : COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        ActorRef target;
        do {
          target = random.nextBoolean() ? COUNTRIES.get(random.nextInt(2)) : COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        } while (target.equals(source));
        EventCode code = CODES.get(pick(random));
        String sentence = " " + source.name() + " und " + target.name() + ": " + code.name() + ".";
        int begin = body.length() + 1;
        body.append(sentence);
        Span evidence = new Span(begin, body.length());
        Modality modality = random.nextInt(20) == 0 ? Modality.NEGATED : Modality.ASSERTED;
        events.add(new Event("e" + (i + 1), evidence, new Span(begin, begin + source.name().length()), source, target, false, code,
            date, DateSource.CREATION_DATE, null, modality, null, "test.generated", List.of(), null));
        for (ActorRef a : List.of(source, target)) {
          if (actors.stream().noneMatch(x -> x.ref().equals(a))) {
            actors.add(new Actor(a, List.of(new Span(begin, begin + 1))));
          }
        }
      }
      String id = String.format("generated-%04d", n);
      Article article = new Article(id, "generated", null, date, "Bericht " + n, body.toString(), "de", null, List.of(), Map.of());
      docs.add(AnnotatedDocument.of(article).with(Layer.ACTORS, actors).with(Layer.EVENTS, events));
    }
    return docs;
  }

  private static int pick(Random random) {
    int total = 0;
    for (int w : WEIGHTS) {
      total += w;
    }
    int x = random.nextInt(total);
    for (int i = 0; i < WEIGHTS.length; i++) {
      x -= WEIGHTS[i];
      if (x < 0) {
        return i;
      }
    }
    return WEIGHTS.length - 1;
  }
}
