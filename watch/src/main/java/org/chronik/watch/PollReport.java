package org.chronik.watch;

import java.util.Locale;

/** What one poll did, for its progress line. */
final class PollReport {
  int feeds;
  int unchanged;
  int feedsFailed;
  int feedsWaiting;
  int articles;
  int duplicates;
  int pagesFailed;
  int disallowed;
  int mentions;
  int newEvents;

  /** "poll 3: 4 feeds (1 unchanged, 1 failed), 5 new articles, 2 duplicates, 1 page failed, 9 events (12 mentions)". */
  String line(int poll) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "poll %d: %d %s", poll, feeds, feeds == 1 ? "feed" : "feeds"));
    StringBuilder states = new StringBuilder();
    part(states, unchanged, "unchanged", "unchanged");
    part(states, feedsFailed, "failed", "failed");
    part(states, feedsWaiting, "waiting to retry", "waiting to retry");
    if (states.length() > 0) {
      sb.append(" (").append(states).append(')');
    }
    sb.append(String.format(Locale.ROOT, ", %d new %s", articles, articles == 1 ? "article" : "articles"));
    if (duplicates > 0) {
      sb.append(String.format(Locale.ROOT, ", %d %s", duplicates, duplicates == 1 ? "duplicate" : "duplicates"));
    }
    if (pagesFailed > 0) {
      sb.append(String.format(Locale.ROOT, ", %d %s failed", pagesFailed, pagesFailed == 1 ? "page" : "pages"));
    }
    if (disallowed > 0) {
      sb.append(String.format(Locale.ROOT, ", %d disallowed by robots.txt", disallowed));
    }
    sb.append(String.format(Locale.ROOT, ", %d new %s (%d %s)", newEvents, newEvents == 1 ? "event" : "events", mentions,
        mentions == 1 ? "mention" : "mentions"));
    return sb.toString();
  }

  private static void part(StringBuilder sb, int n, String one, String many) {
    if (n > 0) {
      sb.append(sb.length() > 0 ? ", " : "").append(n).append(' ').append(n == 1 ? one : many);
    }
  }
}
