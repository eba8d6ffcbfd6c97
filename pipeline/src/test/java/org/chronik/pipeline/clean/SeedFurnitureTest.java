package org.chronik.pipeline.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronik.model.CleanedText;
import org.chronik.model.Furniture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * On the seed articles (read at run time, never copied): furniture must never hide text that the
 * gold annotations say is reporting — event evidence, quotes, time expressions.
 */
class SeedFurnitureTest {
  private static final Pattern SNIPPET = Pattern.compile("\"(?:evidence|begins|text)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern HEADER = Pattern.compile("^ ?date \\S+ ");

  private static Path shared() {
    String dir = System.getProperty("chronik.shared");
    if (dir == null || !Files.isDirectory(Path.of(dir, "seeds"))) {
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException("chronik.shared is not set or has no seeds: " + dir);
      }
      Assumptions.abort("chronik.shared not available");
    }
    return Path.of(dir);
  }

  @Test
  void furnitureNeverCoversGoldSnippets() throws IOException {
    Path shared = shared();
    Cleaner cleaner = Cleaner.forLanguage("de");
    List<Path> seeds;
    try (Stream<Path> s = Files.list(shared.resolve("seeds"))) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(seeds.isEmpty());
    int checked = 0;
    for (Path seed : seeds) {
      String content = Files.readString(seed, StandardCharsets.UTF_8);
      Matcher header = HEADER.matcher(content);
      assertTrue(header.find(), seed + ": no date header");
      String body = content.substring(header.end());
      Path gold = shared.resolve("gold").resolve(seed.getFileName().toString().replace(".txt", ".gold.json"));
      CleanedText cleaned = cleaner.clean(body);
      for (Furniture f : cleaned.furniture()) {
        System.out.println(seed.getFileName() + " " + f.kind() + " " + f.span() + " " + f.rule() + " \"" + f.text() + "\"");
      }
      System.out.println(seed.getFileName() + " dateline " + cleaned.datelinePlace() + " / " + cleaned.datelineAgency());
      if (!Files.exists(gold)) {
        continue;
      }
      for (String snippet : snippets(Files.readString(gold, StandardCharsets.UTF_8))) {
        for (int at = body.indexOf(snippet); at >= 0 && !snippet.isEmpty(); at = body.indexOf(snippet, at + 1)) {
          int begin = at;
          int end = at + snippet.length();
          checked++;
          for (Furniture f : cleaned.furniture()) {
            assertFalse(f.span().begin() < end && begin < f.span().end(),
                seed.getFileName() + ": furniture " + f.rule() + " \"" + f.text() + "\" covers gold snippet \"" + snippet + "\"");
          }
        }
      }
    }
    assertTrue(checked > 0, "no gold snippet was found in any seed body");
  }

  /** Snippets of reporting: events, quotes and time expressions (not the not_events / not_quotes lists). */
  private static List<String> snippets(String json) {
    List<String> found = new ArrayList<>();
    for (String list : List.of("events", "quotes", "time_expressions")) {
      Matcher m = SNIPPET.matcher(section(json, list));
      while (m.find()) {
        found.add(unescape(m.group(1)));
      }
    }
    return found;
  }

  /** The JSON array under a top-level key, by bracket counting outside strings; empty when absent. */
  private static String section(String json, String key) {
    int start = json.indexOf("\"" + key + "\"");
    int open = start < 0 ? -1 : json.indexOf('[', start);
    if (open < 0) {
      return "";
    }
    int depth = 0;
    boolean inString = false;
    for (int i = open; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return json.substring(open, i + 1);
      }
    }
    return json.substring(open);
  }

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        sb.append(c);
        continue;
      }
      char next = s.charAt(++i);
      switch (next) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(next);
      }
    }
    return sb.toString();
  }
}
