package org.chronik.pipeline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.PartialDate;
import org.chronik.model.Sentence;
import org.chronik.model.Token;
import org.chronik.pipeline.Pipeline;
import org.chronik.pipeline.Pipelines;
import org.chronik.pipeline.Stage;
import org.chronik.pipeline.corenlp.CoreNlpAnnotator;
import org.chronik.pipeline.corenlp.ParseSelector;
import org.chronik.pipeline.events.Codebook;
import org.chronik.pipeline.events.EventLexicon;
import org.chronik.pipeline.quotes.QuoteLexicon;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Parsing only the chosen sentences changes nothing the rules output: on the project's examples, the
 * seeds (read at run time) and every example sentence of the event and quote lexicons, the events,
 * event candidates, quotations, time expressions and actors are the same as with every sentence
 * parsed. And sentences without a trigger or cue are indeed left unparsed.
 */
class ParseSelectionTest {
  private static final PartialDate CREATED = PartialDate.parse("2024-05-10");

  /** The shared German pipeline, and the same with every sentence parsed (same models). */
  private static Pipeline[] pipelines() {
    Pipeline selected = Pipelines.shared();
    List<Stage> all = new ArrayList<>();
    for (Stage s : selected.stages()) {
      all.add(s instanceof CoreNlpAnnotator a ? a.withSelector(ParseSelector.ALL) : s);
    }
    return new Pipeline[] {selected, Pipeline.of(all)};
  }

  @Test
  void rulesOutputTheSameOnArticlesAsWithEverySentenceParsed() throws IOException {
    Pipeline[] p = pipelines();
    List<Article> articles = new ArrayList<>();
    for (Path f : files(Path.of("..", "examples"))) {
      articles.add(article(f.getFileName().toString(), Files.readString(f)));
    }
    for (Path f : files(shared().resolve("seeds"))) {
      articles.add(article(f.getFileName().toString(), Files.readString(f)));
    }
    assertTrue(articles.size() >= 9, "examples and seeds found: " + articles.size());
    int parsed = 0;
    int sentences = 0;
    for (Article a : articles) {
      AnnotatedDocument some = p[0].apply(a);
      assertSame(p[1].apply(a), some, a.source());
      for (Sentence s : some.layer(Layer.SENTENCES)) {
        sentences++;
        parsed += s.tokens().stream().anyMatch(t -> t.head() >= 0) ? 1 : 0;
      }
    }
    assertTrue(parsed < sentences, "some sentence of the articles has no trigger and is not parsed: " + parsed + "/" + sentences);
  }

  @Test
  void rulesOutputTheSameOnEveryLexiconExample() {
    Pipeline[] p = pipelines();
    List<String> texts = new ArrayList<>();
    EventLexicon.forLanguage("de", Codebook.cameo()).rules().forEach(r -> {
      r.examples().forEach(e -> texts.add(e.sentence()));
      texts.addAll(r.nearMisses());
    });
    QuoteLexicon.forLanguage("de").cues().stream().filter(c -> !c.example().equals("-")).forEach(c -> texts.add(c.example()));
    assertTrue(texts.size() > 300, "lexicon examples: " + texts.size());
    // one document of all of them: the rules also look at neighbouring sentences
    StringBuilder body = new StringBuilder();
    for (String t : texts) {
      body.append(t).append("\n\n");
    }
    Article all = Article.of("lexicon-examples", CREATED, body.toString());
    assertSame(p[1].apply(all), p[0].apply(all), "lexicon examples");
  }

  @Test
  void aSentenceWithoutTriggerOrCueIsNotParsedAndOneWithIsParsed() {
    AnnotatedDocument doc = Pipelines.shared().upTo(Layer.SENTENCES).apply(Article.of("t", CREATED,
        "Das Wetter in Hamburg war am Wochenende mild und trocken.\n\nDie Regierung verhängte Sanktionen gegen Belarus."));
    List<Sentence> s = doc.layer(Layer.SENTENCES);
    assertEquals(2, s.size());
    assertTrue(s.get(0).tokens().stream().allMatch(t -> t.head() == -1 && t.deprel().equals("dep")), "weather: no tree");
    assertTrue(s.get(1).tokens().stream().anyMatch(t -> t.deprel().equals("nsubj")), "sanctions: parsed");
    assertTrue(s.get(0).tokens().stream().allMatch(t -> t.lemma() != null && t.upos() != null), "lemmas and tags all the same");
  }

  private static void assertSame(AnnotatedDocument full, AnnotatedDocument some, String what) {
    for (Layer<?> layer : List.of(Layer.EVENTS, Layer.EVENT_CANDIDATES, Layer.QUOTES, Layer.TIMEX, Layer.MENTIONS, Layer.ACTORS)) {
      assertEquals(full.find(layer), some.find(layer), what + ": layer " + layer);
    }
    List<Sentence> a = full.layer(Layer.SENTENCES);
    List<Sentence> b = some.layer(Layer.SENTENCES);
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).tokens().stream().map(ParseSelectionTest::tagged).toList(),
          b.get(i).tokens().stream().map(ParseSelectionTest::tagged).toList(), what + ": tokens of sentence " + i);
    }
  }

  /** A token without its tree and without the lemma a particle joins (that needs the tree). */
  private static String tagged(Token t) {
    return t.text() + "/" + t.upos() + "/" + t.ner() + "/" + t.span();
  }

  private static Article article(String name, String content) {
    // seed format: first line " date YYYY-MM-DD text"
    String text = content.startsWith(" date ") ? content.substring(content.indexOf(' ', 6) + 1) : content;
    return new Article(name, name, null, CREATED, null, text, "de", null, List.of(), Map.of());
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static Path shared() {
    String shared = System.getProperty("chronik.shared");
    if (shared == null || !Files.isDirectory(Path.of(shared, "seeds"))) {
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException("chronik.shared is not set or has no seeds folder: " + shared);
      }
      Assumptions.assumeTrue(false, "no shared folder");
    }
    return Path.of(shared);
  }
}
