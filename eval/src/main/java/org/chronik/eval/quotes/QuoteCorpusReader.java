package org.chronik.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronik.model.PartialDate;
import org.chronik.model.Span;

/**
 * Reads the German Wikinews quotation corpus (Petersen-Frey and Biemann 2024): one JSON file per
 * article with {@code originalText} and {@code annotations}, each annotation with {@code quote} and
 * {@code speaker} spans ({@code charBegin}/{@code charEnd}) and a {@code type}. The article date is
 * the {@code (YYYY-MM-DD)} in the file name.
 */
public final class QuoteCorpusReader {
  private static final Pattern DATE = Pattern.compile("\\((\\d{4}-\\d{2}-\\d{2})\\)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private QuoteCorpusReader() {}

  /** The JSON files under a folder (recursively), sorted by path. */
  public static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** Reads one file; a bad file gets one line on {@code errors} and null. */
  public static QuoteCorpusDocument read(Path file, PrintStream errors) {
    try {
      JsonNode root = JSON.readTree(file.toFile());
      JsonNode text = root.get("originalText");
      if (text == null || !text.isTextual()) {
        errors.println(file + ": no originalText");
        return null;
      }
      Matcher m = DATE.matcher(file.getFileName().toString());
      PartialDate date = m.find() ? PartialDate.parse(m.group(1)) : null;
      List<GoldQuote> quotes = new ArrayList<>();
      for (JsonNode a : root.path("annotations")) {
        quotes.add(new GoldQuote(a.path("type").asText(), spans(a.path("quote")), spans(a.path("speaker"))));
      }
      return new QuoteCorpusDocument(file.getFileName().toString(), date, text.asText(), quotes);
    } catch (IOException | IllegalArgumentException e) {
      errors.println(file + ": cannot read: " + e.getMessage());
      return null;
    }
  }

  private static List<Span> spans(JsonNode part) {
    List<Span> spans = new ArrayList<>();
    for (JsonNode s : part.path("spans")) {
      spans.add(new Span(s.get("charBegin").asInt(), s.get("charEnd").asInt()));
    }
    return spans;
  }
}
