package org.chronik.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronik.eval.quotes.QuoteCorpusDocument;
import org.chronik.eval.quotes.QuoteCorpusReader;
import org.chronik.eval.quotes.QuoteCorpusScorer;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.Quote;
import org.chronik.pipeline.Pipeline;
import org.chronik.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval-quotes",
    mixinStandardHelpOptions = true,
    description = "Score quotations and speakers on the Wikinews quotation corpus (JSON files with originalText and annotations).")
final class EvalQuotesCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of corpus JSON files, e.g. shared/corpora/quotes-wikinews/dev.")
  Path corpus;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N files (sorted by name): the parser reads ~1,500 tokens/s.")
  Integer limit;

  @Option(names = "--show-problems", description = "Print missed and wrong Direct quotations and wrong speakers on stderr.")
  boolean showProblems;

  @Override
  public Integer call() throws Exception {
    List<Path> files = QuoteCorpusReader.files(corpus);
    if (files.isEmpty()) {
      System.err.println("chronik eval-quotes: no .json files under " + corpus);
      return 2;
    }
    if (limit != null && limit < files.size()) {
      files = files.subList(0, limit);
    }
    Pipeline pipeline = Pipelines.shared();
    QuoteCorpusScorer scorer = new QuoteCorpusScorer();
    int failures = 0;
    long start = System.nanoTime();
    for (int i = 0; i < files.size(); i++) {
      QuoteCorpusDocument doc = QuoteCorpusReader.read(files.get(i), System.err);
      if (doc == null) {
        failures++;
        continue;
      }
      Article article = Article.of(doc.name(), doc.date(), doc.text()).withLanguage("de");
      AnnotatedDocument annotated = pipeline.apply(article);
      List<Quote> quotes = annotated.layer(Layer.QUOTES);
      List<Mention> mentions = annotated.find(Layer.MENTIONS).orElse(List.of());
      scorer.add(doc, quotes, mentions);
      if (showProblems) {
        QuoteCorpusScorer.problems(doc, quotes, mentions).forEach(System.err::println);
      }
      if ((i + 1) % 25 == 0) {
        System.err.printf("eval-quotes: %d/%d documents, %.0f s%n", i + 1, files.size(), (System.nanoTime() - start) / 1e9);
      }
    }
    System.out.print(scorer.score().table());
    return failures == 0 ? 0 : 1;
  }
}
