package org.chronik.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronik.model.Article;

/**
 * A corpus of one article per line as {@code label;text} or {@code label;'text'} (separator ';',
 * optional quote '\'', a doubled quote inside a quoted text stands for one), as in 10kGNAD. Articles are undated; the label goes into
 * the metadata.
 */
public final class LabeledCsvCorpus {
  private LabeledCsvCorpus() {}

  public static List<Article> read(Path file) throws IOException {
    List<Article> articles = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      int sep = line.indexOf(';');
      if (line.isBlank()) {
        continue;
      }
      if (sep <= 0 || sep + 1 >= line.length()) {
        throw new InputException(file + " line " + lineNumber, "expected label;text");
      }
      String label = line.substring(0, sep);
      String field = line.substring(sep + 1);
      // the text is quoted only when it needs to be
      boolean quoted = field.length() >= 2 && field.startsWith("'") && field.endsWith("'");
      String text = quoted ? field.substring(1, field.length() - 1).replace("''", "'") : field;
      String source = file.getFileName() + ":" + lineNumber;
      articles.add(new Article(ArticleIds.of(text, source), source, null, null, null, text, "de", null, List.of(),
          Map.of("label", label, "undated", "true")));
    }
    return articles;
  }
}
