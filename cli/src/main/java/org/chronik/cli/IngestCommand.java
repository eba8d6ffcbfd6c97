package org.chronik.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chronik.ingest.ReadOptions;
import org.chronik.ingest.ReadResult;
import org.chronik.ingest.Readers;
import org.chronik.model.Article;
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

  /** Whether stderr is a terminal: the chronik script says so (-Dchronik.stderrTerminal), Java cannot tell. */
  static boolean stderrIsTerminal() {
    return Boolean.getBoolean("chronik.stderrTerminal");
  }

  @Override
  public Integer call() throws IOException {
    ReadOptions readOptions = Inputs.options(date, csv);
    List<String> inputs = files(paths);
    try (Store s = Store.open(store.folder)) {
      Ingester ingester = new Ingester(s, article -> Pipelines.shared().apply(article),
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

  /** Directories become their readable files (sorted), so the progress bar knows the total. */
  private static List<String> files(List<String> paths) throws IOException {
    List<String> files = new ArrayList<>();
    for (String p : paths) {
      Path path = Path.of(p);
      if (!p.equals("-") && Files.isDirectory(path)) {
        List<String> inside;
        try (Stream<Path> walk = Files.walk(path)) {
          inside = walk.filter(Files::isRegularFile).filter(f -> Readers.readable(f.getFileName().toString())).sorted()
              .map(Path::toString).toList();
        }
        // an empty directory goes to the readers as it is, which report it in one line
        files.addAll(inside.isEmpty() ? List.of(p) : inside);
      } else {
        files.add(p);
      }
    }
    return files;
  }
}
