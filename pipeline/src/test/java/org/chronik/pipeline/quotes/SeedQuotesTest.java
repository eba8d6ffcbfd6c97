package org.chronik.pipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.PartialDate;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.chronik.model.Span;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures quotations on the seed articles against their gold {@code quotes}/{@code not_quotes} by
 * the rules of shared/gold/README.md: a system quotation (direct or partial) matches when its span
 * contains the located {@code begins} snippet. Reads /work/shared at run time (never copied).
 */
class SeedQuotesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void seedsMeetTheQuoteTargets() throws IOException {
    String shared = System.getProperty("chronik.shared");
    if (shared == null || !Files.isDirectory(Path.of(shared, "gold"))) {
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException("chronik.shared is not set or has no gold folder: " + shared);
      }
      Assumptions.assumeTrue(false, "no shared folder");
    }
    int required = 0, found = 0, system = 0, correct = 0, speakerRight = 0;
    List<String> problems = new ArrayList<>();
    try (var files = Files.list(Path.of(shared, "gold"))) {
      for (Path goldFile : files.filter(f -> f.toString().endsWith(".gold.json")).sorted().toList()) {
        JsonNode gold = JSON.readTree(goldFile.toFile());
        if (!gold.has("quotes")) {
          continue;
        }
        String name = gold.get("document").asText();
        String content = Files.readString(Path.of(shared, "seeds", name));
        int header = content.indexOf(' ', content.indexOf("date ") + 5);
        String body = content.substring(header + 1);
        Article article = Article.of(name, PartialDate.parse(gold.get("creation_date").asText()), body);
        List<Quote> quotes = Pipelines.shared().apply(article).layer(Layer.QUOTES).stream()
            .filter(QuoteFinderTest::marked).toList(); // the gold lists quotations in marks
        List<Span> golds = new ArrayList<>();
        for (JsonNode g : gold.get("quotes")) {
          Span at = locate(body, g.get("begins").asText());
          golds.add(at);
          boolean hit = at != null && quotes.stream().anyMatch(q -> q.span().contains(at));
          if (g.path("required").asBoolean(true)) {
            required++;
            found += hit ? 1 : 0;
            if (!hit) {
              problems.add(name + ": missed " + g.get("begins").asText());
            }
          }
        }
        for (Quote q : quotes) {
          system++;
          int index = -1;
          for (int k = 0; k < golds.size(); k++) {
            if (golds.get(k) != null && q.span().contains(golds.get(k))) {
              index = k;
            }
          }
          if (index < 0) {
            problems.add(name + ": not a gold quote: " + q.text());
            continue;
          }
          correct++;
          String speaker = q.speaker() == null ? "" : q.speaker().name().toLowerCase(Locale.ROOT);
          boolean right = false;
          for (JsonNode s : gold.get("quotes").get(index).get("speaker")) {
            right |= s.asText().toLowerCase(Locale.ROOT).equals(speaker);
          }
          speakerRight += right ? 1 : 0;
          if (!right) {
            problems.add(name + ": speaker " + (q.speaker() == null ? null : q.speaker().name()) + " for " + q.text());
          }
        }
      }
    }
    double recall = (double) found / required;
    double precision = system == 0 ? 0 : (double) correct / system;
    double speakers = correct == 0 ? 0 : (double) speakerRight / correct;
    String report = String.format(Locale.ROOT, "seed quotes: recall %d/%d = %.2f, precision %d/%d = %.2f, speaker accuracy %d/%d = %.2f%n  %s",
        found, required, recall, correct, system, precision, speakerRight, correct, speakers, String.join("\n  ", problems));
    System.out.println(report);
    assertTrue(recall >= 1.0 && precision >= 0.9 && speakers >= 0.9, report);
  }

  /** The span of the first occurrence of the snippet, whitespace runs folded; null when absent. */
  static Span locate(String body, String snippet) {
    StringBuilder folded = new StringBuilder();
    List<Integer> origin = new ArrayList<>();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c)) {
        if (folded.length() > 0 && folded.charAt(folded.length() - 1) == ' ') {
          continue;
        }
        c = ' ';
      }
      folded.append(c);
      origin.add(i);
    }
    String wanted = snippet.strip().replaceAll("\\s+", " ");
    int at = folded.indexOf(wanted);
    return at < 0 ? null : new Span(origin.get(at), origin.get(at + wanted.length() - 1) + 1);
  }
}
