package org.chronik.pipeline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.PartialDate;
import org.chronik.model.Sentence;
import org.chronik.model.Token;
import org.chronik.pipeline.Pipeline;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreNlpAnnotatorTest {
  private static Pipeline parser() {
    return Pipelines.shared().upTo(Layer.SENTENCES);
  }

  private static List<Sentence> parse(String text) {
    return parser().apply(Article.of("t", PartialDate.parse("2024-05-01"), text)).layer(Layer.SENTENCES);
  }

  @Test
  void spansPointIntoTheBodyAndContractionsShareOne() {
    String text = "Der Minister kam am Montag zur Sitzung.";
    List<Sentence> sentences = parse(text);
    assertEquals(1, sentences.size());
    for (Token t : sentences.get(0).tokens()) {
      assertEquals(t.surface(), t.span().of(text), "span of " + t.text());
    }
    List<String> words = sentences.get(0).tokens().stream().map(Token::text).toList();
    assertTrue(words.containsAll(List.of("an", "dem", "zu", "der")), words.toString());
  }

  @Test
  void separableVerbsAreJoinedInContext() {
    // the particle is found by the parse: with every sentence parsed, whatever its words
    CoreNlpAnnotator all = annotator().withSelector(ParseSelector.ALL);
    Pipeline parser = Pipeline.of(parser().stages().stream().map(x -> x instanceof CoreNlpAnnotator ? all : x).toList());
    List<Sentence> s = parser.apply(Article.of("t", PartialDate.parse("2024-05-01"),
        "Die Regierung kündigte am Freitag neue Hilfen an. Der Konzern stellte die Lieferungen ein.")).layer(Layer.SENTENCES);
    assertEquals("ankündigen", s.get(0).tokens().stream().filter(t -> t.text().equals("kündigte")).findFirst().orElseThrow().lemma());
    assertEquals("einstellen", s.get(1).tokens().stream().filter(t -> t.text().equals("stellte")).findFirst().orElseThrow().lemma());
  }

  private static CoreNlpAnnotator annotator() {
    return Pipelines.shared().stages().stream().filter(x -> x instanceof CoreNlpAnnotator).map(x -> (CoreNlpAnnotator) x)
        .findFirst().orElseThrow();
  }

  @Test
  void theCacheGivesWhatAFreshRunGivesAndIsCompletedWhenMoreSentencesAreChosen(@TempDir Path dir) {
    String text = "Das Wetter war mild.\n\nDie Regierung verhängte Sanktionen.";
    AnnotatedDocument doc = AnnotatedDocument.of(Article.of("c", null, text))
        .with(Layer.CLEAN, new org.chronik.model.CleanedText(text, List.of(), null, null));
    ParseSelector second = (t, sentences) -> {
      java.util.BitSet b = new java.util.BitSet();
      b.set(1);
      return b;
    };
    CoreNlpAnnotator fresh = annotator().withCache(null);
    ParseCache cache = new ParseCache(dir);
    CoreNlpAnnotator cached = annotator().withCache(cache);
    List<Sentence> secondOnly = fresh.withSelector(second).apply(doc).layer(Layer.PARSE);
    List<Sentence> everything = fresh.withSelector(ParseSelector.ALL).apply(doc).layer(Layer.PARSE);
    assertTrue(secondOnly.get(0).tokens().stream().allMatch(t -> t.head() == -1 && t.deprel().equals("dep")));
    assertTrue(everything.get(0).tokens().stream().anyMatch(t -> t.head() >= 0));

    assertEquals(secondOnly, cached.withSelector(second).apply(doc).layer(Layer.PARSE), "first run, written to the cache");
    assertEquals(java.util.Set.of(1), parsedIn(cache, text));
    assertEquals(secondOnly, cached.withSelector(second).apply(doc).layer(Layer.PARSE), "read from the cache");
    assertEquals(everything, cached.withSelector(ParseSelector.ALL).apply(doc).layer(Layer.PARSE), "a sentence the entry lacks is parsed");
    assertEquals(java.util.Set.of(0, 1), parsedIn(cache, text), "the entry now holds both trees");
    assertEquals(secondOnly, cached.withSelector(second).apply(doc).layer(Layer.PARSE), "a tree not chosen is dropped");
  }

  private static java.util.Set<Integer> parsedIn(ParseCache cache, String text) {
    java.util.BitSet parsed = cache.get(text).orElseThrow().parsed();
    return parsed.stream().boxed().collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void theTreesAreCoreNlpsOwnAsItShips() {
    // our own sentences, of the kinds the parser finds hard: a dateline, a contraction, a separable verb, a quotation
    String text = "Berlin (dpa) - Die Ministerin kündigte am Montag im Bundestag neue Hilfen für die Ukraine an.\n\n"
        + "„Wir stehen an der Seite der Ukraine“, sagte sie, bevor sie zum Treffen der EU-Außenminister nach Brüssel reiste.\n\n"
        + "Die Opposition warf der Regierung vor, die Lieferungen zu verzögern, und verlangte eine Abstimmung.";
    List<Sentence> ours = annotator().withCache(null).withSelector(ParseSelector.ALL)
        .apply(AnnotatedDocument.of(Article.of("b", null, text))).layer(Layer.PARSE);
    assertEquals(BareCoreNlp.german().sentences(text), ours);
  }

  @Test
  void blankLineEndsAHeadline() {
    List<Sentence> s = parse("Minister tritt zurück\n\nDer Minister hat am Abend seinen Rücktritt erklärt.");
    assertEquals(2, s.size());
  }

  @Test
  void randomInputNeverThrows() {
    Random random = new Random(42);
    String alphabet = "aeiounrst ÄÖÜäöüß.,;:!?\"„“»«()-–\n\t0123456789€$%&<>/\\\u00a0\u200b😀";
    for (int i = 0; i < 30; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(300);
      for (int j = 0; j < len; j++) {
        int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length()))));
        sb.appendCodePoint(cp);
      }
      String text = sb.toString();
      AnnotatedDocument doc = Pipelines.shared().apply(Article.of("r" + i, null, text));
      for (Sentence sentence : doc.layer(Layer.SENTENCES)) {
        for (Token t : sentence.tokens()) {
          assertTrue(t.end() <= text.length(), "span inside the body");
        }
      }
    }
  }

  private static List<String> words(Sentence s) {
    return s.tokens().stream().map(Token::text).toList();
  }

  @Test
  void aFullStopGluedToANumberDoesNotEndTheSentenceWhenTheTextGoesOnInLowerCase() {
    // a day range, a regnal number and a minute in brackets: each one sentence with the next words
    for (String text : List.of(
        "Das Gipfeltreffen ist für den 14. und 15. Oktober in Brüssel angesetzt. Danach reist die Kanzlerin nach Rom.",
        "Die Verhandlungen dauerten vom 3. bis 5. März und endeten ohne Einigung. Danach reist die Kanzlerin nach Rom.",
        "Papst Benedikt XVI. hat am Sonntag in Rom die Gläubigen gesegnet. Danach reist die Kanzlerin nach Rom.")) {
      List<Sentence> s = parse(text);
      assertEquals(2, s.size(), text + " -> " + s.stream().map(CoreNlpAnnotatorTest::words).toList());
      assertTrue(words(s.get(1)).get(0).equals("Danach"), words(s.get(1)).toString());
      List<Token> first = s.get(0).tokens();
      for (Token t : first.subList(0, first.size() - 1)) {
        assertTrue(!t.text().equals("."), "the stop after the number is part of it: " + words(s.get(0)));
        if (t.text().endsWith(".")) {
          assertEquals(t.text(), t.span().of(text), "span of " + t.text());
        }
      }
    }
  }

  @Test
  void aNumberAtTheEndOfASentenceFollowedByACapitalStillEndsIt() {
    List<Sentence> s = parse("Der Kandidat erhielt 52 Prozent, sein Rivale 48. Die Wahlbeteiligung lag bei 61 Prozent.");
    assertEquals(2, s.size());
    assertEquals("Die", words(s.get(1)).get(0));
  }

  @Test
  void anOrdinalBeforeACapitalisedNounDoesNotEndTheSentence() {
    for (String text : List.of(
        "Soldaten des 2. Regiments verließen am Dienstag ihre Kasernen in der Hauptstadt.",
        "Im 1. Quartal stiegen die Exporte nach China deutlich an.",
        "Die Delegation reiste zum 7. Gipfel der Organisation nach Peking.")) {
      List<Sentence> s = parse(text);
      assertEquals(1, s.size(), text + " -> " + s.stream().map(CoreNlpAnnotatorTest::words).toList());
    }
  }

  @Test
  void aCountAfterAnyOtherWordStillEndsTheSentenceBeforeACapital() {
    List<Sentence> s = parse("Die Zahl der Toten stieg bis zum Abend auf 35. Die Polizei sperrte das Gebiet ab.");
    assertEquals(2, s.size());
    assertEquals("Die", words(s.get(1)).get(0));
  }

  @Test
  void aCacheEntryWrittenWithTheWrongBreakIsMadeAnew(@TempDir Path dir) {
    String text = "Das Gipfeltreffen ist für den 14. und 15. Oktober in Brüssel angesetzt.";
    AnnotatedDocument doc = AnnotatedDocument.of(Article.of("j", null, text))
        .with(Layer.CLEAN, new org.chronik.model.CleanedText(text, List.of(), null, null));
    List<Sentence> fresh = annotator().withCache(null).withSelector(ParseSelector.ALL).apply(doc).layer(Layer.PARSE);
    assertEquals(1, fresh.size());
    // the entry an older version wrote: "14" and "." as two tokens ending a first sentence
    List<Token> tokens = fresh.get(0).tokens();
    int k = words(fresh.get(0)).indexOf("14.");
    Token day = tokens.get(k);
    List<Token> first = new java.util.ArrayList<>();
    for (int i = 0; i < k; i++) {
      first.add(SentenceConverter.withoutTree(fresh.get(0)).tokens().get(i));
    }
    first.add(new Token(k, "14", "14", new org.chronik.model.Span(day.begin(), day.end() - 1), null, "NUM", null, "O", -1, "dep"));
    first.add(new Token(k + 1, ".", ".", new org.chronik.model.Span(day.end() - 1, day.end()), null, "PUNCT", null, "O", -1, "dep"));
    List<Token> second = new java.util.ArrayList<>();
    for (int i = k + 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      second.add(new Token(second.size(), t.text(), t.surface(), t.span(), null, t.upos(), null, t.ner(), -1, "dep"));
    }
    List<Sentence> stale = List.of(
        new Sentence(0, new org.chronik.model.Span(first.get(0).begin(), day.end()), first),
        new Sentence(1, new org.chronik.model.Span(second.get(0).begin(), second.get(second.size() - 1).end()), second));
    assertTrue(SentenceJoins.GERMAN.needed(stale));
    assertTrue(!SentenceJoins.GERMAN.needed(fresh));
    ParseCache cache = new ParseCache(dir);
    cache.put(text, new ParseCache.Entry(stale, new java.util.BitSet()));
    List<Sentence> read = annotator().withCache(cache).withSelector(ParseSelector.ALL).apply(doc).layer(Layer.PARSE);
    assertEquals(fresh, read);
    assertEquals(1, cache.get(text).orElseThrow().sentences().size(), "the entry is rewritten with the mended split");
  }
}
