package org.chronik.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronik.wikidata.ActorDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "What changed between two sets of actor files (folders or files; 'builtin' for the shipped ones): new holders, ended terms, "
        + "changed or removed terms, new and removed aliases, organisations, countries and ids. Tab-separated on stdout, counts on stderr.")
final class ActorsDiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OLD", description = "Folder or file of the actor files in use, or 'builtin'.")
  String old;

  @Parameters(index = "1", paramLabel = "NEW", description = "Folder or file of the refreshed actor files.")
  String now;

  @Override
  public Integer call() {
    List<String> warnings = new ArrayList<>();
    List<ActorDiff.Change> changes = ActorDiff.compare(old, now, warnings);
    warnings.forEach(System.err::println);
    ActorDiff.print(changes, System.out);
    System.out.flush();
    ActorDiff.summary(changes).forEach((change, count) -> System.err.printf("%-18s %,d%n", change, count));
    return 0;
  }
}
