package org.chronik.eval.ner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which source addresses are news sites: a host matches a listed domain when it equals it or is a
 * subdomain of it ({@code archiv.tagesspiegel.de} matches {@code tagesspiegel.de}). The list is the
 * data file {@code news-domains.txt}.
 */
public final class NewsDomains {
  private static final Pattern HOST = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*://)?(?:[^@/]*@)?(?<host>[^/:?#\\s]+)");
  private final Set<String> domains;

  public NewsDomains(List<String> domains) {
    this.domains = Set.copyOf(domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
  }

  public static NewsDomains standard() {
    return new NewsDomains(ResourceLists.lines("news-domains.txt"));
  }

  public int size() {
    return domains.size();
  }

  public boolean isNews(String url) {
    // a pattern, not java.net.URI: corpus addresses hold characters URI rejects
    Matcher m = HOST.matcher(url == null ? "" : url.strip());
    if (!m.find()) {
      return false;
    }
    String host = m.group("host").toLowerCase(Locale.ROOT);
    while (true) {
      if (domains.contains(host)) {
        return true;
      }
      int dot = host.indexOf('.');
      if (dot < 0) {
        return false;
      }
      host = host.substring(dot + 1);
    }
  }
}
