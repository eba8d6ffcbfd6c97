package org.chronik.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.chronik.model.AnnotatedDocument;

/**
 * Scores a system on a folder of gold files ({@code *.gold.json}, in name order) whose documents lie
 * in another folder. A gold file or document that cannot be read or located is one error line naming
 * it; the other documents are still scored.
 */
public final class GoldSet {
  private GoldSet() {}

  /** The system under test: reads and annotates one document file. */
  @FunctionalInterface
  public interface Annotator {
    /**
     * @param documentType "news" or "narrative", for the time tagger
     */
    AnnotatedDocument annotate(Path document, String documentType) throws IOException;
  }

  /**
   * @param typeOverride a document type that replaces every gold file's, or null
   * @param progress receives one line per document as it is scored, and every error line
   */
  public static EvalReport score(Path goldDir, Path docsDir, String typeOverride, Annotator system, Consumer<String> progress) {
    List<Path> files;
    try (Stream<Path> s = Files.list(goldDir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list gold folder " + goldDir + ": " + e.getMessage(), e);
    }
    List<DocumentScore> scores = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path file : files) {
      try {
        GoldDocument gold = GoldReader.read(file);
        if (typeOverride != null) {
          gold = gold.withDocumentType(typeOverride);
        }
        Path document = docsDir.resolve(gold.document());
        if (!Files.isRegularFile(document)) {
          throw new GoldFormatException(file.getFileName().toString(), "document", "no file " + document);
        }
        progress.accept("scoring " + gold.document());
        scores.add(Scorer.score(gold, system.annotate(document, gold.documentType())));
      } catch (GoldFormatException e) {
        errors.add(e.getMessage());
        progress.accept(e.getMessage());
      } catch (IOException | RuntimeException e) {
        String line = file.getFileName() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
        errors.add(line);
        progress.accept(line);
      }
    }
    if (files.isEmpty()) {
      errors.add("no *.gold.json files in " + goldDir);
    }
    return new EvalReport(scores, errors);
  }
}
