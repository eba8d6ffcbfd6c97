package org.chronik.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.chronik.eval.ner.GermEvalReader;
import org.chronik.eval.ner.GermEvalSentence;
import org.chronik.eval.ner.NerReport;
import org.chronik.eval.ner.NerScorer;
import org.chronik.eval.ner.NerTags;
import org.chronik.eval.ner.NewsDomains;
import org.chronik.model.Layer;
import org.chronik.pipeline.Pipelines;
import org.chronik.pipeline.corenlp.GermanNer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Score CoreNLP's German NER on GermEval 2014 (strict span F1 for PER, LOC, ORG on the outer layer).",
      "The tagger gets the corpus tokens, so the score measures recognition, not tokenization."
          + " -deriv/-part variants count as O; OTH is not scored."
    })
final class EvalNerCommand implements Callable<Integer> {
  @Option(names = "--germeval", required = true, paramLabel = "FILE", description = "A GermEval 2014 TSV file.")
  Path file;

  @Option(names = "--news-only", description = "Keep sentences whose source URL is a news site (eval module data news-domains.txt).")
  boolean newsOnly;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N sentences (after --news-only).")
  Integer limit;

  @Option(names = "--with-dictionaries", description = "Tag with the pipeline up to the actors: a token under a dictionary name mention takes"
      + " the actor's type, the rest keep CoreNLP's tag, so the figure shows what the dictionaries add.")
  boolean withDictionaries;

  @Option(names = "--conventions", paramLabel = "project|germeval", defaultValue = "project", description = "project (default): -deriv"
      + " and -part variants count as O; germeval: they are types of their own, as in GermEval 2014, and with --with-dictionaries"
      + " a country adjective is tagged LOCderiv and a name inside a compound its type's -part.")
  String conventions;

  @Option(names = "--json", description = "End the output with one line of JSON.")
  boolean json;

  @Override
  public Integer call() {
    if (!conventions.equals("project") && !conventions.equals("germeval")) {
      System.err.println("chronik eval-ner: --conventions must be project or germeval, not " + conventions);
      return 2;
    }
    boolean germeval = conventions.equals("germeval");
    if (!Files.isRegularFile(file)) {
      System.err.println("chronik eval-ner: no such file: " + file);
      return 2;
    }
    int[] warnings = {0};
    List<GermEvalSentence> sentences = GermEvalReader.read(file, w -> {
      System.err.println(w);
      warnings[0]++;
    });
    String selection = "all sentences";
    if (newsOnly) {
      NewsDomains news = NewsDomains.standard();
      sentences = sentences.stream().filter(s -> news.isNews(s.url())).toList();
      selection = "news sites only (" + news.size() + " domains in news-domains.txt)";
    }
    if (limit != null && limit >= 0 && limit < sentences.size()) {
      sentences = sentences.subList(0, limit);
      selection += ", first " + limit;
    }
    Function<List<String>, List<String>> tagger;
    if (withDictionaries) {
      System.err.println("loading the pipeline up to the actors, then tagging " + sentences.size() + " sentences");
      tagger = new DictionaryNerTagger(Pipelines.shared().upTo(Layer.ACTORS)::apply, germeval);
      selection += ", CoreNLP NER with the actor dictionaries";
    } else {
      System.err.println("loading CoreNLP German NER, then tagging " + sentences.size() + " sentences");
      tagger = GermanNer.load()::tag;
    }
    NerScorer.Result result = new NerScorer(germeval ? NerTags.germeval() : NerTags.standard()).score(sentences, tagger);
    PrintStream out = System.out;
    out.print(NerReport.text(result, selection));
    if (json) {
      out.println(NerReport.json(result, selection));
    }
    out.flush();
    return warnings[0] == 0 ? 0 : 1;
  }
}
