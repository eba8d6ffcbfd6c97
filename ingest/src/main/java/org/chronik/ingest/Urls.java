package org.chronik.ingest;

import java.net.URI;
import java.util.Locale;

/** URL helpers for pages and feeds: resolving relative links and the form URLs are compared in. */
public final class Urls {
  private Urls() {}

  /** {@code link} resolved against {@code base}; {@code link} unchanged when either is no valid URI. */
  public static String resolve(String base, String link) {
    try {
      return URI.create(base).resolve(link.strip()).toString();
    } catch (IllegalArgumentException e) {
      return link.strip();
    }
  }

  /**
   * The form two addresses of one page are compared in: scheme and host lower case, default port,
   * fragment and a trailing slash of the path dropped, query kept (it often names the article).
   */
  public static String canonical(String url) {
    try {
      URI u = URI.create(url.strip()).normalize();
      if (u.getScheme() == null || u.getHost() == null) {
        return url.strip();
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      int port = u.getPort();
      boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
          + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    } catch (IllegalArgumentException e) {
      return url.strip();
    }
  }
}
