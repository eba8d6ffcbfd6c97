package org.chronik.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.chronik.model.PartialDate;

/** The items of an RSS or Atom feed (ROME): each item's link, title and date. */
public final class FeedItems {
  private FeedItems() {}

  /**
   * One item.
   *
   * @param link the page, resolved against the feed's address
   * @param date the item's publication (else update) date, as a UTC day; null when the feed gives none
   */
  public record Item(String link, String title, PartialDate date) {}

  /**
   * Parses a feed. Items without a link are left out. ROME refuses DOCTYPE declarations by
   * default, so a feed cannot make the parser read local files or other addresses.
   *
   * @throws InputException naming the feed when it is not RSS or Atom
   */
  public static List<Item> parse(byte[] xml, String feedUrl) {
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml))) {
      feed = new SyndFeedInput().build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new InputException(feedUrl, "not an RSS or Atom feed: " + firstLine(String.valueOf(e.getMessage())));
    }
    List<Item> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      String link = entry.getLink();
      if ((link == null || link.isBlank()) && entry.getUri() != null && entry.getUri().matches("(?i)https?://.*")) {
        link = entry.getUri(); // an RSS guid that is a permalink
      }
      if (link == null || link.isBlank()) {
        continue;
      }
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      items.add(new Item(Urls.resolve(feedUrl, link), entry.getTitle() == null ? null : entry.getTitle().strip(),
          date == null ? null : PartialDate.of(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate())));
    }
    return items;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
