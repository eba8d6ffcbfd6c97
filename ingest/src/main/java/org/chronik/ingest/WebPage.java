package org.chronik.ingest;

import org.chronik.model.Article;
import org.chronik.model.PartialDate;

/**
 * A news page fetched from the web ({@code chronik watch}): read as an HTML file is read (main text
 * by readability4j, metadata from the page), addressed by its canonical URL.
 */
public final class WebPage {
  private WebPage() {}

  /**
   * The article of a page.
   *
   * @param address the URL the page was fetched from (after redirects)
   * @param feedDate the date the feed gave the item, used when the page states none; may be null
   * @throws InputException when the page holds no article text
   */
  public static Article read(String html, String address, PartialDate feedDate) {
    Article page = HtmlArticles.parse(html, address);
    String url = page.url() != null ? Urls.resolve(address, page.url()) : address;
    PartialDate date = page.creationDate() != null ? page.creationDate() : feedDate;
    // the id hashes the text with the canonical address: the same page under two addresses is one article
    return new Article(ArticleIds.of(page.body(), url), address, url, date, page.title(), page.body(), page.language(),
        page.byline(), page.credits(), page.metadata());
  }
}
