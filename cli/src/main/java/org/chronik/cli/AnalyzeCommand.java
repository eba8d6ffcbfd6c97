package org.chronik.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronik.model.AnnotatedDocument;
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
    for (var article : inputs.articles()) {
      AnnotatedDocument document = router.apply(article);
      out.println(mapper.writeValueAsString(DocumentJson.tree(mapper, document, pretty)));
    }
    out.flush();
    return inputs.failures() == 0 ? 0 : 1;
  }
}
