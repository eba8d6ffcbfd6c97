package org.chronik.wikidata;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The importer's facade: a dump (or a SPARQL endpoint) → actor files in {@code out}, merged with
 * the curated files unless asked not to. Writes people.tsv, organizations.tsv, countries.tsv,
 * capitals.tsv and import-report.txt.
 */
public final class WikidataImport {
  /** What a run did: figures for the benchmark and the command's last line. */
  public record Result(List<Path> files, long entities, long bytesUnpacked, long bytesRead, double seconds, String report,
      java.util.Map<String, Long> counts) {}

  private final ImportOptions options;
  private final ImportRules rules;
  private final ImportReport report = new ImportReport();

  public WikidataImport(ImportOptions options) {
    this(options, null, null);
  }

  /** With other mapping tables than the shipped ones (either may be null for the shipped one). */
  public WikidataImport(ImportOptions options, Path offices, Path classes) {
    this.options = options;
    this.rules = ImportRules.of(offices, classes);
  }

  /** Streams {@code dump} through all cores; progress every {@code progressSeconds} on {@code progress}. */
  public Result fromDump(String dump, Path out, Path curated, boolean merge, PrintStream progress, long progressSeconds) throws IOException {
    long started = System.nanoTime();
    Harvest harvest = new Harvest(rules, options, report);
    DumpInput input = DumpInput.open(dump);
    DumpReader reader = new DumpReader(new RawFilter(rules.wantedIds()), new EntityParser(new HashSet<>(options.languages())), report,
        options.threads());
    try (Progress p = new Progress(input, reader, progress, progressSeconds)) {
      reader.read(input.stream(), input.name(), harvest::accept);
    } finally {
      input.close();
    }
    report.add("entity lines", reader.entities.get());
    List<Path> files = write(harvest, out, curated, merge);
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(files, reader.entities.get(), reader.bytes.get(), input.bytesRead(), seconds, report.text(), report.counts());
  }

  /** Asks {@code endpoint} for the holders of the offices in offices.tsv, page by page. */
  public Result fromSparql(SparqlClient client, Path out, Path curated, boolean merge) throws IOException {
    long started = System.nanoTime();
    Harvest harvest = new Harvest(rules, options, report);
    new SparqlImport(client, rules, options, report).run(harvest);
    List<Path> files = write(harvest, out, curated, merge);
    return new Result(files, harvest.people.size(), 0, 0, (System.nanoTime() - started) / 1e9, report.text(), report.counts());
  }

  private List<Path> write(Harvest harvest, Path out, Path curatedFolder, boolean merge) throws IOException {
    ActorSet imported = new ActorRows(harvest, rules, options, report).build();
    ActorSet result = imported;
    if (merge) {
      List<String> warnings = new ArrayList<>();
      ActorSet curated = curatedFolder == null ? ActorSet.builtIn(warnings) : ActorSet.read(curatedFolder, warnings);
      warnings.forEach(report::warn);
      result = new CuratedMerge(report).merge(curated, imported);
    }
    String source = merge ? "Wikidata merged with the curated files (curated rows win)" : "Wikidata only";
    List<Path> files = new ArrayList<>(result.write(out, "written by chronik actors import-wikidata: " + source
        + "; --since " + options.since() + ", languages " + String.join(",", options.languages())));
    Path reportFile = out.resolve("import-report.txt");
    java.nio.file.Files.writeString(reportFile, report.text());
    files.add(reportFile);
    return files;
  }
}
