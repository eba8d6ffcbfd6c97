package org.chronik.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.chronik.wikidata.ImportOptions;
import org.chronik.wikidata.SparqlClient;
import org.chronik.wikidata.WikidataImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-wikidata", mixinStandardHelpOptions = true,
    description = "Actor files (people with dated offices, organisations, countries, each with its Wikidata id) from a Wikidata JSON dump "
        + "(.json.gz, .json.bz2, .json, or - for stdin) or, with --sparql, from a SPARQL endpoint; merged with the curated files "
        + "(curated rows win) unless --no-merge.")
final class ImportWikidataCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "DUMP", description = "latest-all.json.gz / .json.bz2 as Wikidata publishes it, or - for uncompressed JSON on stdin.")
  String dump;

  @Option(names = "--sparql", paramLabel = "URL", description = "Ask this SPARQL endpoint for the holders of the offices in the mapping instead of reading a dump.")
  URI sparql;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "actors-wikidata", description = "Folder for the actor files (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--since", paramLabel = "YEAR", defaultValue = "1990", description = "Leave out terms that ended, and organisations dissolved, before this year (default ${DEFAULT-VALUE}).")
  int since;

  @Option(names = "--languages", paramLabel = "LIST", defaultValue = "de,en", description = "Label and alias languages, preferred first (default ${DEFAULT-VALUE}).")
  String languages;

  @Option(names = "--threads", paramLabel = "N", description = "Parser threads (default: all cores).")
  Integer threads;

  @Option(names = "--curated", paramLabel = "DIR", description = "Merge with the actor files of this folder instead of the built-in ones.")
  Path curated;

  @Option(names = "--no-merge", description = "Write Wikidata's rows only.")
  boolean noMerge;

  @Option(names = "--offices", paramLabel = "FILE", description = "Office-to-role table instead of the built-in actors/wikidata/offices.tsv.")
  Path offices;

  @Option(names = "--classes", paramLabel = "FILE", description = "Class-to-type table instead of the built-in actors/wikidata/classes.tsv.")
  Path classes;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "90", description = "SPARQL request timeout (default ${DEFAULT-VALUE}).")
  int timeout;

  @Option(names = "--page-size", paramLabel = "ROWS", defaultValue = "5000", description = "SPARQL rows per page (default ${DEFAULT-VALUE}).")
  int pageSize;

  @Override
  public Integer call() throws Exception {
    if ((dump == null) == (sparql == null)) {
      System.err.println("chronik actors import-wikidata: give either a DUMP file or --sparql URL");
      return 2;
    }
    ImportOptions options = new ImportOptions(since, Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
        threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    WikidataImport importer = new WikidataImport(options, offices, classes);
    WikidataImport.Result result;
    if (sparql != null) {
      if (!sparql.getScheme().matches("https?")) {
        System.err.println("chronik actors import-wikidata: --sparql needs an http(s) URL, not " + sparql);
        return 2;
      }
      SparqlClient.Settings defaults = SparqlClient.Settings.of(sparql);
      SparqlClient.Settings settings = new SparqlClient.Settings(sparql, defaults.userAgent(), Duration.ofSeconds(timeout), pageSize,
          defaults.maxRetries(), defaults.firstPause(), defaults.pageDelay(), defaults.maxBytes());
      result = importer.fromSparql(new SparqlClient(settings), out, curated, !noMerge);
    } else {
      result = importer.fromDump(dump, out, curated, !noMerge, System.err, 10);
    }
    System.err.print(result.report());
    System.err.printf("wrote %s in %.1f s%n", String.join(", ", result.files().stream().map(Path::toString).toList()), result.seconds());
    return 0;
  }
}
