package org.chronik.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronik.model.CleanedText;
import org.chronik.model.Furniture;
import org.chronik.model.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * On real articles read at run time from chronik.shared (never copied): furniture must never hide
 * what annotators marked as reporting — gold event evidence, quotes and time expressions of the
 * seeds, and the quote, speaker and cue spans of the Wikinews quotation corpus.
 */
class RealTextFurnitureTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HEADER = Pattern.compile("^ ?date \\S+ ");
  private static final Cleaner GERMAN = Cleaner.forLanguage("de");

  private static Path shared(String sub) {
    String dir = System.getProperty("chronik.shared");
    if (dir == null || !Files.isDirectory(Path.of(dir, sub))) {
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException("chronik.shared is not set or has no " + sub + ": " + dir);
      }
      Assumptions.abort("chronik.shared not available");
    }
    return Path.of(dir, sub);
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static void assertNoOverlap(String doc, CleanedText cleaned, Span reporting, String what) {
    for (Furniture f : cleaned.furniture()) {
      assertFalse(f.span().overlaps(reporting), doc + ": furniture " + f.rule() + " \"" + f.text() + "\" covers " + what);
    }
  }

  @Test
  void seedFurnitureNeverCoversGoldSnippets() throws IOException {
    Path seeds = shared("seeds");
    int checked = 0;
    for (Path seed : files(seeds, ".txt")) {
      String content = Files.readString(seed, StandardCharsets.UTF_8);
      Matcher header = HEADER.matcher(content);
      assertTrue(header.find(), seed + ": no date header");
      String body = content.substring(header.end());
      CleanedText cleaned = GERMAN.clean(body);
      cleaned.furniture().forEach(f -> System.out.println(seed.getFileName() + " " + f.rule() + " " + f.span() + " \"" + f.text() + "\""));
      Path gold = seeds.resolveSibling("gold").resolve(seed.getFileName().toString().replace(".txt", ".gold.json"));
      if (!Files.exists(gold)) {
        continue;
      }
      JsonNode root = JSON.readTree(gold.toFile());
      List<String> snippets = new ArrayList<>();
      root.path("events").forEach(e -> snippets.add(e.path("evidence").asText()));
      root.path("quotes").forEach(q -> snippets.add(q.path("begins").asText()));
      root.path("time_expressions").forEach(t -> snippets.add(t.path("text").asText()));
      for (String snippet : snippets) {
        for (int at = snippet.isEmpty() ? -1 : body.indexOf(snippet); at >= 0; at = body.indexOf(snippet, at + 1)) {
          assertNoOverlap(seed.getFileName().toString(), cleaned, new Span(at, at + snippet.length()), "gold \"" + snippet + "\"");
          checked++;
        }
      }
    }
    assertTrue(checked > 0, "no gold snippet was found in any seed body");
  }

  @Test
  void wikinewsFurnitureNeverCoversQuotesSpeakersOrCues() throws IOException {
    List<Path> docs = files(shared("corpora/quotes-wikinews"), ".json");
    assertFalse(docs.isEmpty());
    Map<String, Integer> byRule = new TreeMap<>();
    int spans = 0;
    for (Path doc : docs) {
      JsonNode root = JSON.readTree(doc.toFile());
      CleanedText cleaned = GERMAN.clean(root.path("originalText").asText());
      cleaned.furniture().forEach(f -> byRule.merge(f.rule(), 1, Integer::sum));
      for (JsonNode annotation : root.path("annotations")) {
        for (String part : List.of("quote", "speaker", "cue")) {
          for (JsonNode s : annotation.path(part).path("spans")) {
            assertNoOverlap(doc.getFileName().toString(), cleaned, new Span(s.path("charBegin").asInt(), s.path("charEnd").asInt()), part);
            spans++;
          }
        }
      }
    }
    System.out.println("wikinews: " + docs.size() + " articles, " + spans + " annotated spans, furniture by rule " + byRule);
    assertTrue(spans > 1000, "expected the quotation corpus, found " + spans + " spans");
  }
}
