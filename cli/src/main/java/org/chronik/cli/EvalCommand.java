package org.chronik.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chronik.eval.EvalReport;
import org.chronik.eval.GoldSet;
import org.chronik.ingest.SeedFormat;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score the pipeline against gold files (format: shared/gold/README.md).",
      "Prints a table per document, micro-averaged totals per layer and the missed and unmatched items;"
          + " with --json the last line of stdout is one JSON object. A figure whose denominator is 0 is null / \"-\"."
    })
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of *.gold.json files.")
  Path gold;

  @Option(names = "--docs", required = true, paramLabel = "DIR", description = "Folder of the documents the gold files name.")
  Path docs;

  @Option(names = "--json", description = "End the output with one line of JSON.")
  boolean json;

  @Option(names = "--explain", description = "Say for each missed required gold event what the nearest system output"
      + " lacked (no trigger, no source or target actor, an actor without a country, wrong direction, root or date,"
      + " a filtering modality), and count the misses per cause.")
  boolean explain;

  @Option(names = "--document-type", paramLabel = "news|narrative",
      description = "Override the gold files' document_type; passed to the pipeline as article metadata document_type.")
  String documentType;

  @Override
  public Integer call() {
    if (documentType != null && !documentType.equals("news") && !documentType.equals("narrative")) {
      System.err.println("chronik eval: --document-type must be news or narrative, not \"" + documentType + "\"");
      return 2;
    }
    if (!Files.isDirectory(gold) || !Files.isDirectory(docs)) {
      System.err.println("chronik eval: no such folder: " + (Files.isDirectory(gold) ? docs : gold));
      return 2;
    }
    EvalReport report = GoldSet.score(gold, docs, documentType, EvalCommand::annotate, System.err::println);
    PrintStream out = System.out;
    out.print(explain ? report.textExplained() : report.text());
    if (json) {
      out.println(explain ? report.jsonExplained().toString() : report.jsonLine());
    }
    out.flush();
    return report.errors().isEmpty() ? 0 : 1;
  }

  /** The system under test: the seed-format reader and the shared German pipeline. */
  static AnnotatedDocument annotate(Path document, String documentType) throws IOException {
    Article article = SeedFormat.parse(Files.readString(document, StandardCharsets.UTF_8), document.getFileName().toString());
    Map<String, String> metadata = new HashMap<>(article.metadata());
    metadata.put("document_type", documentType);
    Article typed = new Article(article.id(), article.source(), article.url(), article.creationDate(), article.title(),
        article.body(), article.language(), article.byline(), article.credits(), metadata);
    return Pipelines.shared().apply(typed);
  }
}
