package org.chronik.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.DateSource;
import org.chronik.model.Event;
import org.chronik.model.Layer;
import org.chronik.model.Modality;
import org.chronik.model.PartialDate;
import org.chronik.model.Span;

/** Numbered test articles ("doc-0007") and an annotator that gives each exactly three events. */
final class SyntheticDocuments {
  static final int EVENTS_PER_DOCUMENT = 3;

  private SyntheticDocuments() {}

  static List<String> inputs(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(String.format("doc-%04d", i));
    }
    return names;
  }

  /** The reader: one article per input name. */
  static List<Article> read(String input) {
    int n = Integer.parseInt(input.substring(4));
    String body = "Meldung " + n + ": Frankreich und Japan telefonierten. Japan warf Frankreich Fehler vor. "
        + "Frankreich und Brasilien sprachen über Handel.";
    PartialDate date = PartialDate.of(java.time.LocalDate.of(2020, 1, 1).plusDays(n % 400));
    return List.of(new Article(Fixtures.id(body, input), input, null, date, null, body, "de", null, List.of(), Map.of()));
  }

  /** The annotator: three events, one per sentence. */
  static AnnotatedDocument annotate(Article a) {
    String body = a.body();
    List<Event> events = new ArrayList<>();
    int begin = 0;
    var codes = List.of(Fixtures.PHONE, Fixtures.ACCUSE, Fixtures.PHONE);
    var sources = List.of(Fixtures.FRA, Fixtures.JPN, Fixtures.FRA);
    var targets = List.of(Fixtures.JPN, Fixtures.FRA, Fixtures.BRA);
    for (int i = 0; i < EVENTS_PER_DOCUMENT; i++) {
      int end = body.indexOf('.', begin) + 1;
      Span sentence = new Span(begin, end);
      events.add(new Event("e" + (i + 1), sentence, new Span(begin, begin + 1), sources.get(i), targets.get(i), false, codes.get(i),
          a.creationDate(), DateSource.CREATION_DATE, null, Modality.ASSERTED, null, "test.rule", List.of(), null));
      begin = end + 1;
    }
    return AnnotatedDocument.of(a).with(Layer.EVENTS, events);
  }
}
