package org.chronik.pipeline.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.PartialDate;
import org.chronik.model.Sentence;
import org.chronik.model.Token;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Developer aid, runs only with -Dparse.dump=FILE: prints the parse of each line of FILE. */
class ParseDumpTest {
  @Test
  void dump() throws Exception {
    String file = System.getProperty("parse.dump");
    Assumptions.assumeTrue(file != null, "developer aid: set -Dparse.dump=FILE");
    List<String> texts = Files.readAllLines(Path.of(file));
    PartialDate created = PartialDate.parse("2024-05-10");
    if (texts.get(0).startsWith(" date ")) {
      // a whole seed-format document: " date YYYY-MM[-DD] body…"
      String all = Files.readString(Path.of(file));
      String[] head = all.substring(6).split(" ", 2);
      created = PartialDate.parse(head[0]);
      texts = List.of(head[1]);
    }
    for (String line : texts) {
      if (line.isBlank()) {
        continue;
      }
      AnnotatedDocument doc = EventTestPipeline.analyze(line, created);
      for (Sentence s : doc.layer(Layer.SENTENCES)) {
        System.out.println("# " + s.span().of(line).replace('\n', ' '));
        for (Token t : s.tokens()) {
          System.out.printf("%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s%n", t.index(), t.text(), t.lemma(), t.upos(), t.xpos(), t.ner(), t.head(), t.deprel());
        }
      }
      doc.find(Layer.MENTIONS).ifPresent(ms -> ms.forEach(m -> System.out.println("M " + m.span() + " " + m.text() + " -> " + (m.actor() == null ? null : m.actor().country() + " " + m.actor().name()) + " " + m.kind())));
      doc.find(Layer.TIMEX).ifPresent(ts -> ts.forEach(t -> System.out.println("T " + t.text() + " = " + t.value())));
      doc.find(Layer.EVENTS).ifPresent(es -> es.forEach(e -> System.out.println("E " + e.evidence() + " " + e.code().code() + " " + e.source().country() + " " + e.target().country() + " " + e.modality() + " " + e.date() + " " + e.rule() + " sym=" + e.symmetric() + " src@" + e.matched() + " att=" + (e.attribution() == null ? null : e.attribution().name()))));
    }
  }
}
