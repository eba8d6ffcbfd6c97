package org.chronik.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronik.eval.ner.GermEvalReader;
import org.chronik.eval.ner.GermEvalSentence;
import org.chronik.eval.ner.NerScorer;
import org.chronik.eval.ner.NerTags;
import org.junit.jupiter.api.Test;

/** The real gold sets are valid in this reader: every key known, every snippet found. */
class SharedGoldTest {
  @Test
  void seedGoldFilesParseAndEverySnippetOccurs() throws IOException {
    assertAllValid(SharedData.folder("gold"), SharedData.folder("seeds"));
  }

  @Test
  void wikiWarsGoldFilesParseAndEverySnippetOccurs() throws IOException {
    Path corpus = SharedData.folder("corpora/wikiwarsde");
    assertAllValid(corpus.resolve("gold"), corpus.resolve("docs"));
  }

  @Test
  void germEvalGoldTagsScoredAgainstThemselvesGiveOne() {
    Path file = SharedData.folder("corpora/germeval2014/NER-de-dev.tsv");
    List<String> warnings = new ArrayList<>();
    List<GermEvalSentence> sentences = GermEvalReader.read(file, warnings::add);
    assertEquals(List.of(), warnings);
    assertTrue(sentences.size() > 1000);
    // the gold with -deriv/-part blanked is the perfect tagger's answer
    NerScorer.Result r = new NerScorer(NerTags.standard()).score(sentences, tokens -> {
      GermEvalSentence s = sentences.stream().filter(x -> x.tokens() == tokens).findFirst().orElseThrow();
      return s.tags().stream().map(t -> t.endsWith("deriv") || t.endsWith("part") ? "O" : t).toList();
    });
    assertEquals(1.0, r.total().f1());
    assertTrue(r.total().required() > 1000);
  }

  private static void assertAllValid(Path goldDir, Path docsDir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(goldDir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no gold files in " + goldDir);
    for (Path file : files) {
      GoldDocument gold = GoldReader.read(file);
      String content = Files.readString(docsDir.resolve(gold.document()), StandardCharsets.UTF_8);
      // the body is the text after the " date YYYY-MM[-DD] " header
      String body = content.replaceFirst("^ ?date \\S+ ", "");
      gold.locate(body);
    }
  }
}
