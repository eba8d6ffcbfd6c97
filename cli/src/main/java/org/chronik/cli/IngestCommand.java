package org.chronik.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronik.ingest.InputPaths;
import org.chronik.ingest.ReadOptions;
import org.chronik.ingest.ReadResult;
import org.chronik.ingest.Readers;
import org.chronik.model.Article;
import org.chronik.pipeline.LanguageRouter;
import org.chronik.pipeline.PipelineOptions;
import org.chronik.pipeline.Pipelines;
import org.chronik.store.IngestSummary;
import org.chronik.store.Ingester;
import org.chronik.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read, annotate and store articles; articles already stored are skipped.")
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories (recursive) or - for stdin.")
  List<String> paths;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Annotation threads (one writer stores).")
  int threads;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "50", description = "Articles per transaction.")
  int batch;

  @Option(names = "--date", paramLabel = "YYYY-MM[-DD]", description = "Creation date for inputs that give none.")
  String date;

  @Mixin CsvOptions csv;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary file, or a folder of them such as actors import-wikidata writes (may repeat).")
  List<java.nio.file.Path> actorFiles = List.of();

  /** Whether stderr is a terminal: the chronik script says so (-Dchronik.stderrTerminal), Java cannot tell. */
  static boolean stderrIsTerminal() {
    return Boolean.getBoolean("chronik.stderrTerminal");
  }

  @Override
  public Integer call() throws IOException {
    ReadOptions readOptions = Inputs.options(date, csv);
    // directories become their readable files, so the progress bar knows the total
    List<String> inputs = InputPaths.expand(paths);
    try (Store s = Store.open(store.folder)) {
      // each article goes to its language's pipeline; one in a language without one is stored unannotated
      LanguageRouter router = Pipelines.router(PipelineOptions.withActors(actorFiles));
      Ingester ingester = new Ingester(s, router::apply,
          new Ingester.Options(threads, batch, System.err, System.err, null, stderrIsTerminal()));
      IngestSummary summary = ingester.run(inputs, (input, problems) -> {
        List<Article> articles = new ArrayList<>();
        for (ReadResult r : (Iterable<ReadResult>) Readers.read(List.of(input), readOptions)::iterator) {
          if (r.ok()) {
            articles.add(r.article());
          } else {
            problems.accept(r.error());
          }
        }
        return articles;
      });
      System.out.println(summary.line());
      return summary.readErrors() + summary.articlesFailed() == 0 ? 0 : 1;
    }
  }
}
