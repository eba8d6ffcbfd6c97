package org.chronik.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {
  private static final String SITE = """
      # a site's rules
      User-agent: *
      Disallow: /suche
      Disallow: /*.pdf$
      Allow: /suche/hilfe

      User-agent: Chronik
      User-agent: otherbot
      Disallow: /archiv/
      Crawl-delay: 2.5
      """;

  @Test
  void theGroupNamingChronikWinsOverTheStarGroup() {
    RobotsRules r = RobotsRules.parse(SITE, WatchOptions.ROBOTS_TOKEN);
    assertFalse(r.allows("/archiv/2024/artikel"));
    assertTrue(r.allows("/suche?q=x"), "the * group does not apply once a group names us");
    assertEquals(Duration.ofMillis(2500), r.crawlDelay());
  }

  @Test
  void longestMatchWinsWildcardsAndEndAnchorsWork() {
    RobotsRules r = RobotsRules.parse(SITE, "someoneelse");
    assertFalse(r.allows("/suche?q=merz"));
    assertTrue(r.allows("/suche/hilfe"), "the longer Allow wins");
    assertFalse(r.allows("/dokumente/bericht.pdf"));
    assertTrue(r.allows("/dokumente/bericht.pdf.html"), "$ anchors the end: near-miss");
    assertTrue(r.allows("/politik/artikel-1"));
    assertTrue(r.allows("/archiv/2024"), "the other group's rules do not apply");
    assertNull(r.crawlDelay());
  }

  @Test
  void anEmptyDisallowAllowsEverythingAndSlashDisallowsAll() {
    assertTrue(RobotsRules.parse("User-agent: *\nDisallow:\n", "chronik").allows("/x"));
    assertFalse(RobotsRules.parse("User-agent: *\nDisallow: /\n", "chronik").allows("/"));
  }
}
