package org.chronik.watch;

import java.time.Duration;

/**
 * How politely and how persistently the watcher fetches.
 *
 * @param hostDelay least time between two requests to one host (a robots.txt Crawl-delay may ask for more)
 * @param timeout longest time one request may take, from connecting to the last byte
 * @param maxBytes largest answer read; a bigger one fails
 * @param userAgent sent with every request
 * @param backoff wait after a feed's or page's first failure; doubled with each further one
 * @param maxBackoff longest wait between tries
 * @param maxTries a page that failed this often is given up (a feed is never given up)
 */
public record WatchOptions(Duration hostDelay, Duration timeout, long maxBytes, String userAgent, Duration backoff,
    Duration maxBackoff, int maxTries) {
  /** The product token robots.txt groups are matched against. */
  public static final String ROBOTS_TOKEN = "chronik";
  public static final String USER_AGENT = "Chronik-Watch/0.1 (news event research; reads robots.txt; one request a second per host)";

  public WatchOptions {
    if (hostDelay.isNegative() || timeout.isZero() || timeout.isNegative() || maxBytes < 1 || maxTries < 1) {
      throw new IllegalArgumentException("watch options out of range");
    }
  }

  public static WatchOptions defaults() {
    return new WatchOptions(Duration.ofSeconds(1), Duration.ofSeconds(20), 5L * 1024 * 1024, USER_AGENT, Duration.ofMinutes(1),
        Duration.ofHours(6), 6);
  }

  /** The wait before the next try after {@code failures} failures in a row. */
  public Duration backoffAfter(int failures) {
    Duration d = backoff;
    for (int i = 1; i < failures && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }
}
