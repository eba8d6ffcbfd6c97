package org.chronik.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The chronik command. Wiring only: every subcommand delegates to a module. */
@Command(
    name = "chronik",
    mixinStandardHelpOptions = true,
    version = "chronik 0.1.0",
    description = "Political event data from dated news articles: who did what to whom, when, where, and who said so.",
    subcommands = {
      CommandLine.HelpCommand.class,
      AnalyzeCommand.class,
      ActorsCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      EventsCommand.class,
      MentionsCommand.class,
      StoreActorsCommand.class,
      TimelineCommand.class,
      ArticleCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      ImportParquetCommand.class,
      GenerateEventsCommand.class,
      BenchStoreCommand.class,
      ServeCommand.class,
      BenchServerCommand.class,
      BenchWikidataCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      EvalNerCommand.class,
      EvalTimexCommand.class,
      EvalQuotesCommand.class,
      LexiconCommand.class,
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code, without exiting (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("chronik: " + ex.getMessage());
          return 2;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
