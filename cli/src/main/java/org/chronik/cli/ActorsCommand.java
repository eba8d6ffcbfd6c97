package org.chronik.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.Pipeline;
import org.chronik.pipeline.Pipelines;
import org.chronik.pipeline.actors.ActorCounts;
import org.chronik.pipeline.actors.ActorLinker;
import org.chronik.schema.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = "List the actors of a set of articles with mention and document counts, most mentioned first (JSON Lines).",
    subcommands = {ImportWikidataCommand.class, ActorsDiffCommand.class})
final class ActorsCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories (recursive) of dated articles.")
  List<String> paths = List.of();

  @Option(names = "--date", paramLabel = "YYYY-MM[-DD]", description = "Look roles up on this date instead of each article's own.")
  String date;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary file, or a folder of them such as actors import-wikidata writes (may repeat); extends or overrides the built-in ones.")
  List<Path> actorFiles = List.of();

  @Option(names = "--table", description = "A plain table for people instead of JSON Lines.")
  boolean table;

  @picocli.CommandLine.Mixin CsvOptions csv;

  @Override
  public Integer call() throws Exception {
    if (paths.isEmpty()) {
      System.err.println("chronik actors: give PATH… of articles, or a subcommand (import-wikidata, diff)");
      return 2;
    }
    PartialDate roleDate = date == null ? null : PartialDate.parse(date);
    Inputs inputs = Inputs.read(paths, null, csv);
    ActorLinker linker = ActorLinker.forLanguage("de", actorFiles);
    linker.dictionary().warnings().forEach(System.err::println);
    Pipeline parse = inputs.articles().isEmpty() ? null : Pipelines.shared().upTo(Layer.SENTENCES);
    ActorCounts counts = new ActorCounts();
    for (Article article : inputs.articles()) {
      Article dated = roleDate == null ? article : article.withCreationDate(roleDate);
      counts.add(linker.apply(parse.apply(dated)).layer(Layer.ACTORS));
    }
    print(counts, System.out);
    return inputs.failures() == 0 ? 0 : 1;
  }

  private void print(ActorCounts counts, PrintStream out) throws Exception {
    ObjectMapper mapper = DocumentJson.mapper(false);
    for (ActorCounts.Count c : counts.sorted()) {
      if (table) {
        out.printf("%6d %4d  %-40s %-12s %-9s %-4s %s%n", c.mentions(), c.documents(), c.ref().name(), c.ref().type(),
            nullToDash(c.ref().country()), nullToDash(c.ref().sector()), nullToDash(c.ref().role()));
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", c.ref().id());
      row.put("name", c.ref().name());
      row.put("type", c.ref().type());
      row.put("country", c.ref().country());
      row.put("sector", c.ref().sector());
      row.put("role", c.ref().role());
      row.put("wikidata", c.ref().wikidata());
      row.put("mentions", c.mentions());
      row.put("documents", c.documents());
      out.println(mapper.writeValueAsString(row));
    }
    out.flush();
  }

  private static String nullToDash(String s) {
    return s == null ? "-" : s;
  }
}
