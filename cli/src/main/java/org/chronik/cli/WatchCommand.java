package org.chronik.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronik.pipeline.LanguageRouter;
import org.chronik.pipeline.Pipelines;
import org.chronik.pipeline.PipelineOptions;
import org.chronik.store.Store;
import org.chronik.watch.WatchOptions;
import org.chronik.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Poll RSS/Atom feeds and store the articles they link to, annotated as chronik ingest stores them.",
        "One progress line per poll on stdout; a failing feed or page costs one line on stderr and is tried again later."})
final class WatchCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(arity = "0..*", paramLabel = "FEED_URL", description = "Feed addresses (http or https).")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--feeds", paramLabel = "FILE", description = "A file of feed addresses, one a line (# starts a comment).")
  Path feedFile;

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", description = "Time from one poll to the next: 30s, 15m, 1h (default ${DEFAULT-VALUE}).")
  String every;

  @Option(names = "--once", description = "Poll once and exit (for cron and scripts).")
  boolean once;

  @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "1s", description = "Least time between two requests to one host (default ${DEFAULT-VALUE}; a robots.txt Crawl-delay may ask for more).")
  String hostDelay;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "20s", description = "Longest time one request may take (default ${DEFAULT-VALUE}).")
  String timeout;

  @Option(names = "--max-mb", paramLabel = "MB", defaultValue = "5", description = "Largest feed or page read (default ${DEFAULT-VALUE} MB).")
  int maxMb;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(feeds);
    if (feedFile != null) {
      for (String line : Files.readAllLines(feedFile)) {
        String url = line.strip();
        if (!url.isEmpty() && !url.startsWith("#")) {
          all.add(url);
        }
      }
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no feeds: name FEED_URL… or --feeds FILE");
    }
    Duration interval = duration("--every", every);
    WatchOptions defaults = WatchOptions.defaults();
    WatchOptions options = new WatchOptions(duration("--host-delay", hostDelay), duration("--timeout", timeout),
        maxMb * 1024L * 1024L, defaults.userAgent(), defaults.backoff(), defaults.maxBackoff(), defaults.maxTries());
    try (Store s = Store.open(store.folder)) {
      // each article goes to its language's pipeline, as chronik ingest sends it
      LanguageRouter router = Pipelines.router(PipelineOptions.defaults());
      Watcher watcher = new Watcher(s, router::apply, options, System.err, Clock.systemUTC());
      if (once) {
        System.out.println(watcher.poll(all));
      } else {
        watcher.run(all, interval, System.out);
      }
    }
    return 0;
  }

  /** "30s", "15m", "2h", or ISO-8601 ("PT15M"); one line naming the option otherwise. */
  static Duration duration(String option, String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h)").matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
    try {
      return Duration.parse(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(option + ": \"" + text + "\" is no duration (e.g. 30s, 15m, 1h)");
    }
  }
}
