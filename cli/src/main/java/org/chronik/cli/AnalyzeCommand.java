package org.chronik.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.pipeline.LanguageRouter;
import org.chronik.pipeline.PipelineOptions;
import org.chronik.pipeline.Pipelines;
import org.chronik.schema.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Annotate articles and print one JSON object per article on stdout (no store).")
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories (recursive) or - for stdin.")
  List<String> paths;

  @Option(names = "--pretty", description = "Indented JSON for people, the events (with their sentences) first.")
  boolean pretty;

  @Option(names = "--date", paramLabel = "YYYY-MM[-DD]", description = "Creation date for plain text without a date header.")
  String date;

  @picocli.CommandLine.Mixin CsvOptions csv;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary file, or a folder of them such as actors import-wikidata writes (may repeat).")
  List<java.nio.file.Path> actorFiles = List.of();

  @Override
  public Integer call() throws Exception {
    ObjectMapper mapper = DocumentJson.mapper(pretty);
    PrintStream out = System.out;
    Inputs inputs = Inputs.read(paths, date, csv);
    // each article goes to its language's pipeline; one in a language without one is printed unannotated
    LanguageRouter router = Pipelines.router(PipelineOptions.withActors(actorFiles));
    int failed = annotateAll(inputs.articles(), router::apply, document -> {
      try {
        out.println(mapper.writeValueAsString(DocumentJson.tree(mapper, document, pretty)));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, System.err);
    out.flush();
    return inputs.failures() + failed == 0 ? 0 : 1;
  }

  /**
   * Annotates each article and hands it to {@code sink}; an article the pipeline fails on gets one
   * line on {@code errors} naming it and the problem, and the rest go on. Returns how many failed.
   */
  static int annotateAll(
      List<Article> articles,
      Function<Article, AnnotatedDocument> annotator,
      Consumer<AnnotatedDocument> sink,
      PrintStream errors) {
    int failed = 0;
    for (Article article : articles) {
      AnnotatedDocument document;
      try {
        document = annotator.apply(article);
      } catch (RuntimeException e) {
        String name = article.source() != null ? article.source() : article.id();
        errors.println(name + ": cannot annotate, skipped: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        failed++;
        continue;
      }
      sink.accept(document);
    }
    return failed;
  }
}
