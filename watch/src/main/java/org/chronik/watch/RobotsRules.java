package org.chronik.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one crawler (RFC 9309): the group naming the crawler's token,
 * else the {@code *} group; the longest matching Allow or Disallow path wins, Allow on a tie;
 * {@code *} matches any characters and a final {@code $} anchors the end. Crawl-delay is kept.
 */
final class RobotsRules {
  private record Rule(boolean allow, String pattern) {}

  static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), null);

  private final List<Rule> rules;
  private final Duration crawlDelay;

  private RobotsRules(List<Rule> rules, Duration crawlDelay) {
    this.rules = rules;
    this.crawlDelay = crawlDelay;
  }

  static RobotsRules parse(String text, String token) {
    String me = token.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> anyone = new ArrayList<>();
    Duration myDelay = null;
    Duration anyDelay = null;
    boolean forMe = false;
    boolean forAnyone = false;
    boolean inAgents = false; // consecutive user-agent lines open one group
    boolean named = false;
    for (String raw : text.split("\r?\n|\r")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (field.equals("user-agent")) {
        if (!inAgents) {
          forMe = false;
          forAnyone = false;
        }
        inAgents = true;
        String agent = value.toLowerCase(Locale.ROOT);
        if (agent.equals("*")) {
          forAnyone = true;
        } else if (!agent.isEmpty() && me.contains(agent.split("/")[0])) {
          forMe = true;
          named = true;
        }
        continue;
      }
      inAgents = false;
      if (field.equals("allow") || field.equals("disallow")) {
        if (value.isEmpty()) {
          continue; // "Disallow:" with no path allows everything
        }
        Rule rule = new Rule(field.equals("allow"), value);
        if (forMe) {
          mine.add(rule);
        }
        if (forAnyone) {
          anyone.add(rule);
        }
      } else if (field.equals("crawl-delay")) {
        Duration d = seconds(value);
        if (forMe) {
          myDelay = d;
        }
        if (forAnyone) {
          anyDelay = d;
        }
      }
    }
    return named ? new RobotsRules(mine, myDelay) : new RobotsRules(anyone, anyDelay);
  }

  private static Duration seconds(String value) {
    try {
      return Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether the path (with its query) may be fetched. */
  boolean allows(String pathAndQuery) {
    String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    Rule best = null;
    for (Rule r : rules) {
      if (matches(r.pattern(), path) && (best == null || r.pattern().length() > best.pattern().length()
          || (r.pattern().length() == best.pattern().length() && r.allow()))) {
        best = r;
      }
    }
    return best == null || best.allow();
  }

  /** The Crawl-delay the site asks of this crawler, or null. */
  Duration crawlDelay() {
    return crawlDelay;
  }

  private static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    return matchFrom(p, 0, path, 0, anchored);
  }

  private static boolean matchFrom(String p, int pi, String s, int si, boolean anchored) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        for (int k = si; k <= s.length(); k++) {
          if (matchFrom(p, pi + 1, s, k, anchored)) {
            return true;
          }
        }
        return false;
      }
      if (si >= s.length() || s.charAt(si) != c) {
        return false;
      }
      pi++;
      si++;
    }
    return !anchored || si == s.length();
  }
}
