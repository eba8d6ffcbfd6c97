package org.chronik.watch;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Per host: the pause between requests and the robots.txt rules (fetched once per host and day).
 * A robots.txt that answers 4xx allows everything; one that cannot be fetched (5xx, timeout)
 * allows nothing for now, and is asked again on the next poll.
 */
final class Hosts {
  private static final long DAY_NANOS = Duration.ofDays(1).toNanos();

  private record Robots(RobotsRules rules, long fetchedAt) {}

  private final Fetcher fetcher;
  private final WatchOptions options;
  private final LongSupplier nanoTime;
  private final Map<String, Long> nextRequest = new HashMap<>();
  private final Map<String, Robots> robots = new HashMap<>();

  Hosts(Fetcher fetcher, WatchOptions options, LongSupplier nanoTime) {
    this.fetcher = fetcher;
    this.options = options;
    this.nanoTime = nanoTime;
  }

  /** Fetches a URL after the host's pause, if its robots.txt allows it. */
  Fetcher.Response get(String url, String etag, String lastModified) throws Fetcher.FetchException, Disallowed {
    URI uri = uri(url);
    String host = origin(uri);
    RobotsRules rules = rules(host);
    String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    if (!rules.allows(path)) {
      throw new Disallowed(url + ": robots.txt of " + host + " disallows it");
    }
    pause(host, rules);
    return fetcher.get(url, etag, lastModified);
  }

  /** A URL robots.txt keeps the watcher from. */
  static final class Disallowed extends Exception {
    Disallowed(String message) {
      super(message);
    }
  }

  private RobotsRules rules(String host) throws Fetcher.FetchException {
    Robots known = robots.get(host);
    if (known != null && nanoTime.getAsLong() - known.fetchedAt() < DAY_NANOS) {
      return known.rules();
    }
    pause(host, RobotsRules.ALLOW_ALL);
    Fetcher.Response r = fetcher.get(host + "/robots.txt", null, null);
    RobotsRules rules;
    if (r.status() == 200) {
      rules = RobotsRules.parse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8), WatchOptions.ROBOTS_TOKEN);
    } else if (r.status() >= 400 && r.status() < 500) {
      rules = RobotsRules.ALLOW_ALL;
    } else {
      throw new Fetcher.FetchException(host + "/robots.txt answered HTTP " + r.status() + ": the host is left alone until it answers");
    }
    robots.put(host, new Robots(rules, nanoTime.getAsLong()));
    return rules;
  }

  private void pause(String host, RobotsRules rules) {
    Duration delay = rules.crawlDelay() != null && rules.crawlDelay().compareTo(options.hostDelay()) > 0
        ? rules.crawlDelay() : options.hostDelay();
    long now = nanoTime.getAsLong();
    long at = nextRequest.getOrDefault(host, now);
    if (at > now) {
      try {
        Thread.sleep((at - now) / 1_000_000, (int) ((at - now) % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    nextRequest.put(host, Math.max(at, now) + delay.toNanos());
  }

  private static URI uri(String url) throws Fetcher.FetchException {
    try {
      URI u = URI.create(url);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
        throw new Fetcher.FetchException("not an http(s) URL: " + url);
      }
      return u;
    } catch (IllegalArgumentException e) {
      throw new Fetcher.FetchException("not a URL: " + url);
    }
  }

  /** scheme://host[:port], the unit robots.txt and the pause apply to. */
  private static String origin(URI u) {
    return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT)
        + (u.getPort() == -1 ? "" : ":" + u.getPort());
  }
}
