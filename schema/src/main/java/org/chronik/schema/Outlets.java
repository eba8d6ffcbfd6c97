package org.chronik.schema;

import java.net.URI;
import java.util.Locale;

/**
 * The outlet an article comes from, for counting an event's distinct sources: the host of its URL
 * in lower case without "www." ({@code tagesschau.de}), else its source (a file path: each file
 * counts as an outlet of its own), else its id.
 */
public final class Outlets {
  private Outlets() {}

  public static String of(String url, String source, String articleId) {
    String host = host(url);
    return host != null ? host : source != null && !source.isBlank() ? source : articleId;
  }

  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
