package org.chronik.pipeline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCacheTest {
  private static List<Sentence> sample() {
    // "am" is two syntactic words sharing one span; a tab and a backslash must survive the file
    List<Token> tokens = List.of(
        new Token(0, "Wien", "Wien", new Span(0, 4), null, "PROPN", null, "LOC", 1, "nsubj"),
        new Token(1, "tagte", "tagte", new Span(5, 10), null, "VERB", null, "O", -1, "root"),
        new Token(2, "an", "am", new Span(11, 13), null, "ADP", null, "O", 4, "case"),
        new Token(3, "dem", "am", new Span(11, 13), null, "DET", null, "O", 4, "det"),
        new Token(4, "a\\b\tc", "a\\b\tc", new Span(14, 19), null, "NOUN", null, "O", 1, "obl"));
    return List.of(new Sentence(0, new Span(0, 19), tokens),
        new Sentence(1, new Span(20, 21), List.of(new Token(0, ".", ".", new Span(20, 21), null, "PUNCT", null, "O", -1, "root"))));
  }

  private static ParseCache.Entry entry() {
    BitSet first = new BitSet();
    first.set(0);
    return new ParseCache.Entry(sample(), first);
  }

  @Test
  void whatIsPutComesBackEqualWithTheSentencesThatHaveATree(@TempDir Path dir) {
    ParseCache cache = new ParseCache(dir);
    assertTrue(cache.get("Wien tagte am x").isEmpty());
    cache.put("Wien tagte am x", entry());
    ParseCache.Entry back = cache.get("Wien tagte am x").orElseThrow();
    assertEquals(sample(), back.sentences());
    assertEquals(entry().parsed(), back.parsed());
    assertTrue(cache.get("Wien tagte am y").isEmpty(), "another text is another entry");
    BitSet none = new BitSet();
    cache.put("leer", new ParseCache.Entry(List.of(), none));
    assertEquals(0, cache.get("leer").orElseThrow().sentences().size());
  }

  @Test
  void anEntryOfTheFormerLayoutIsAMiss(@TempDir Path dir) throws Exception {
    ParseCache cache = new ParseCache(dir);
    cache.put("text", entry());
    Path file;
    try (Stream<Path> files = Files.walk(dir)) {
      file = files.filter(Files::isRegularFile).findFirst().orElseThrow();
    }
    String content = Files.readString(file);
    Files.writeString(file, content.substring(content.indexOf('\n') + 1)); // tokens without the parsed line
    assertTrue(cache.get("text").isEmpty());
  }

  @Test
  void aDamagedEntryIsAMissAndIsRewritten(@TempDir Path dir) throws Exception {
    ParseCache cache = new ParseCache(dir);
    cache.put("text", entry());
    Path file;
    try (Stream<Path> files = Files.walk(dir)) {
      file = files.filter(Files::isRegularFile).findFirst().orElseThrow();
    }
    Files.writeString(file, "0\t4\tbroken\n");
    assertTrue(cache.get("text").isEmpty());
    cache.put("text", entry());
    assertEquals(sample(), cache.get("text").orElseThrow().sentences());
  }
}
