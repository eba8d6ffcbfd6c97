package org.chronik.eval.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the GermEval 2014 TSV: a {@code #} line with URL and [date] starts each sentence, then one
 * token per line (index, token, outer tag, inner tag), a blank line ends the sentence. A malformed
 * line is reported to {@code warnings} with its line number and its sentence is dropped.
 */
public final class GermEvalReader {
  private GermEvalReader() {}

  public static List<GermEvalSentence> read(Path file, Consumer<String> warnings) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString(), warnings);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public static List<GermEvalSentence> parse(List<String> lines, String name, Consumer<String> warnings) {
    List<GermEvalSentence> out = new ArrayList<>();
    String url = null;
    String date = null;
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean broken = false;
    for (int n = 0; n <= lines.size(); n++) {
      String line = n < lines.size() ? lines.get(n) : "";
      if (line.isBlank() || line.startsWith("#")) {
        if (!tokens.isEmpty() && !broken) {
          out.add(new GermEvalSentence(url, date, tokens, tags));
        }
        tokens = new ArrayList<>();
        tags = new ArrayList<>();
        broken = false;
        if (line.startsWith("#")) {
          String[] parts = line.substring(1).strip().split("\\s+");
          url = parts.length > 0 ? parts[0] : "";
          date = parts.length > 1 ? parts[1].replaceAll("[\\[\\]]", "") : null;
        }
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 3) {
        warnings.accept(name + " line " + (n + 1) + ": expected index, token and tag separated by tabs; sentence skipped");
        broken = true;
        continue;
      }
      tokens.add(cols[1]);
      tags.add(cols[2]);
    }
    return out;
  }
}
