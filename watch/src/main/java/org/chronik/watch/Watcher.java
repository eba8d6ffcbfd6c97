package org.chronik.watch;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.chronik.ingest.ArticleIds;
import org.chronik.ingest.FeedItems;
import org.chronik.ingest.InputException;
import org.chronik.ingest.Urls;
import org.chronik.ingest.WebPage;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;
import org.chronik.store.BatchWriter;
import org.chronik.store.IngestSummary;
import org.chronik.store.Store;
import org.chronik.store.StoreException;
import org.chronik.store.WatchState;
import org.chronik.store.WatchState.Page;
import org.chronik.store.WatchState.PageStatus;

/**
 * Polls feeds and stores the articles they link to. Everything it must remember (validators,
 * pages seen, failures and when to try again) is in the store, so a new watcher on the same store
 * goes on where the last one stopped. A failing feed or page costs one line on the error stream
 * and a later try; it never stops the others.
 */
public final class Watcher {
  private final Store store;
  private final Function<Article, AnnotatedDocument> annotator;
  private final WatchOptions options;
  private final PrintStream errors;
  private final Clock clock;
  private final Hosts hosts;
  private final WatchState state;
  private int polls;

  public Watcher(Store store, Function<Article, AnnotatedDocument> annotator, WatchOptions options, PrintStream errors, Clock clock) {
    this.store = store;
    this.annotator = annotator;
    this.options = options;
    this.errors = errors;
    this.clock = clock;
    this.hosts = new Hosts(new Fetcher(options), options, System::nanoTime);
    this.state = store.watchState();
  }

  /** Polls every feed once, then tries the pages that are due again; returns the progress line. */
  public String poll(List<String> feeds) {
    PollReport report = new PollReport();
    BatchWriter writer = store.writer();
    long runId = writer.startRun("watch: " + String.join(" ", feeds.subList(0, Math.min(feeds.size(), 20))));
    for (String feed : feeds) {
      pollFeed(feed, report, writer, runId);
    }
    for (Page page : state.due(clock.instant())) {
      fetchPage(page, report, writer, runId);
    }
    writer.finishRun(runId, new IngestSummary(runId, feeds.size(), report.feedsFailed, report.articles, report.duplicates,
        report.pagesFailed, report.mentions, 0, 0, 0, 0));
    return report.line(++polls);
  }

  private void pollFeed(String url, PollReport report, BatchWriter writer, long runId) {
    report.feeds++;
    WatchState.Feed known = state.feed(url).orElse(WatchState.Feed.fresh(url));
    Instant now = clock.instant();
    if (known.retryAt() != null && known.retryAt().isAfter(now)) {
      report.feedsWaiting++;
      return;
    }
    try {
      Fetcher.Response r = hosts.get(url, known.etag(), known.lastModified());
      if (r.status() == 304) {
        report.unchanged++;
        state.save(new WatchState.Feed(url, known.etag(), known.lastModified(), now, 0, null, null));
        return;
      }
      if (r.status() != 200) {
        throw new Fetcher.FetchException("HTTP " + r.status());
      }
      for (FeedItems.Item item : FeedItems.parse(r.body(), r.url())) {
        String key = Urls.canonical(item.link());
        if (state.page(key).isEmpty()) {
          LocalDate date = item.date() == null ? null : LocalDate.of(item.date().year(), item.date().month(), item.date().day());
          fetchPage(new Page(key, url, date, null, null, null, PageStatus.RETRY, 0, null, null), report, writer, runId);
        }
      }
      // the validators are kept only now that every item of this answer was handled: a crash before re-reads the feed
      state.save(new WatchState.Feed(url, r.etag(), r.lastModified(), now, 0, null, null));
    } catch (Fetcher.FetchException | Hosts.Disallowed | InputException e) {
      int failures = known.failures() + 1;
      Duration wait = options.backoffAfter(failures);
      errors.println("watch: feed " + url + ": " + oneLine(e.getMessage()) + " (failure " + failures + ", next try in " + human(wait) + ")");
      state.save(new WatchState.Feed(url, known.etag(), known.lastModified(), now, failures, now.plus(wait), oneLine(e.getMessage())));
      report.feedsFailed++;
    }
  }

  private void fetchPage(Page page, PollReport report, BatchWriter writer, long runId) {
    try {
      Fetcher.Response r = hosts.get(page.url(), null, null);
      if (r.status() != 200) {
        throw new Fetcher.FetchException("HTTP " + r.status());
      }
      PartialDate feedDate = page.feedDate() == null ? null : PartialDate.of(page.feedDate());
      Article article = WebPage.read(new String(r.body(), StandardCharsets.UTF_8), r.url(), feedDate);
      String canonical = Urls.canonical(article.url());
      String hash = ArticleIds.of(article.body(), null);
      if (state.seen(canonical, hash)) {
        report.duplicates++;
        state.save(new Page(page.url(), page.feedUrl(), page.feedDate(), canonical, hash, null, PageStatus.DUPLICATE, page.failures(),
            null, null));
        return;
      }
      BatchWriter.BatchResult stored = writer.write(List.of(annotator.apply(article)), runId);
      // an article already in the store (stored before a crash, or by chronik ingest) is not stored twice
      report.articles += stored.articlesNew();
      report.mentions += stored.events();
      report.newEvents += stored.newEvents();
      state.save(new Page(page.url(), page.feedUrl(), page.feedDate(), canonical, hash, article.id(), PageStatus.STORED,
          page.failures(), null, null));
    } catch (StoreException e) {
      throw e; // the store failing is no problem of the page: stop
    } catch (Hosts.Disallowed e) {
      report.disallowed++;
      state.save(new Page(page.url(), page.feedUrl(), page.feedDate(), null, null, null, PageStatus.DISALLOWED, page.failures(), null,
          null));
    } catch (Fetcher.FetchException | RuntimeException e) { // a broken page (InputException), a failed annotation
      failed(page, e, report);
    }
  }

  private void failed(Page page, Exception e, PollReport report) {
    report.pagesFailed++;
    int failures = page.failures() + 1;
    String problem = oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    // a reader's message names its input, which the line names already
    problem = problem.startsWith(page.url() + ": ") ? problem.substring(page.url().length() + 2) : problem;
    if (failures >= options.maxTries()) {
      errors.println("watch: page " + page.url() + ": " + problem + " (failure " + failures + ", given up)");
      state.save(new Page(page.url(), page.feedUrl(), page.feedDate(), null, null, null, PageStatus.FAILED, failures, null, problem));
      return;
    }
    Duration wait = options.backoffAfter(failures);
    errors.println("watch: page " + page.url() + ": " + problem + " (failure " + failures + ", next try in " + human(wait) + ")");
    state.save(new Page(page.url(), page.feedUrl(), page.feedDate(), null, null, null, PageStatus.RETRY, failures,
        clock.instant().plus(wait), problem));
  }

  /** Polls, waits {@code every} from the start of one poll to the next, and polls again until interrupted. */
  public void run(List<String> feeds, Duration every, PrintStream progress) throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      long started = System.nanoTime();
      progress.println(poll(feeds));
      progress.flush();
      long left = every.toNanos() - (System.nanoTime() - started);
      if (left > 0) {
        Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
      }
    }
  }

  static String human(Duration d) {
    long s = d.toSeconds();
    return s < 120 ? s + " s" : s < 7200 ? s / 60 + " min" : s / 3600 + " h";
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "failed";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
