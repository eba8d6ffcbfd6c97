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
    for (String line : Files.readAllLines(Path.of(file))) {
      if (line.isBlank()) {
        continue;
      }
      AnnotatedDocument doc = EventTestPipeline.analyze(line);
      for (Sentence s : doc.layer(Layer.SENTENCES)) {
        System.out.println("# " + s.span().of(line));
        for (Token t : s.tokens()) {
          System.out.printf("%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s%n", t.index(), t.text(), t.lemma(), t.upos(), t.xpos(), t.ner(), t.head(), t.deprel());
        }
      }
      doc.find(Layer.MENTIONS).ifPresent(ms -> ms.forEach(m -> System.out.println("M " + m.text() + " -> " + (m.actor() == null ? null : m.actor().country()))));
      doc.find(Layer.TIMEX).ifPresent(ts -> ts.forEach(t -> System.out.println("T " + t.text() + " = " + t.value())));
      doc.find(Layer.EVENTS).ifPresent(es -> es.forEach(e -> System.out.println("E " + e.code().code() + " " + e.source().country() + " " + e.target().country() + " " + e.modality() + " " + e.date() + " " + e.rule() + " sym=" + e.symmetric() + " src@" + e.matched() + " att=" + (e.attribution() == null ? null : e.attribution().name()))));
    }
  }
}
