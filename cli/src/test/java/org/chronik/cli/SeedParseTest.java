package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.chronik.ingest.SeedFormat;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Furniture;
import org.chronik.model.Layer;
import org.chronik.model.Sentence;
import org.chronik.model.Token;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/** The seed articles: separable verbs come out joined; datelines never reach the parser. */
class SeedParseTest {
  private static List<AnnotatedDocument> seeds() throws IOException {
    Path seeds = SharedTestEnvironment.shared().resolve("seeds");
    try (Stream<Path> files = Files.list(seeds)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(f -> {
        try {
          return Pipelines.shared().apply(SeedFormat.parse(Files.readString(f), f.getFileName().toString()));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  @Test
  void separableVerbsAreJoined() throws IOException {
    Set<String> verbLemmas = new HashSet<>();
    for (AnnotatedDocument doc : seeds()) {
      for (Sentence s : doc.layer(Layer.SENTENCES)) {
        for (Token t : s.tokens()) {
          if ("VERB".equals(t.upos()) || "AUX".equals(t.upos())) {
            verbLemmas.add(t.lemma());
          }
        }
      }
    }
    for (String expected : List.of("zusichern", "ankündigen", "aussetzen", "zusammentreffen")) {
      assertTrue(verbLemmas.contains(expected), expected + " not among " + verbLemmas);
    }
  }

  @Test
  void noDatelineTokenReachesTheParse() throws IOException {
    int datelines = 0;
    for (AnnotatedDocument doc : seeds()) {
      for (Furniture f : doc.layer(Layer.CLEAN).furniture()) {
        if (!f.kind().startsWith("DATELINE")) {
          continue;
        }
        datelines++;
        for (Sentence s : doc.layer(Layer.SENTENCES)) {
          for (Token t : s.tokens()) {
            assertFalse(t.span().overlaps(f.span()), "token " + t.text() + " inside dateline " + f.text());
          }
        }
      }
    }
    assertTrue(datelines >= 2, "both seeds open with a dateline; found " + datelines);
  }
}
