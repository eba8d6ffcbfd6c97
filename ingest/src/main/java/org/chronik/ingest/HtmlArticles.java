package org.chronik.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dankito.readability4j.Readability4J;
import org.chronik.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** An HTML news page: main text by readability4j, one paragraph per block element, metadata from the page. */
final class HtmlArticles {
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

  private HtmlArticles() {}

  static Article parse(String html, String name) {
    Document doc = Jsoup.parse(html);
    HtmlMetadata meta = HtmlMetadata.of(doc);
    String uri = meta.url() != null ? meta.url() : "file:///" + name;
    net.dankito.readability4j.Article readable = new Readability4J(uri, doc).parse();
    String body = readable.getArticleContent() == null ? "" : paragraphs(readable.getArticleContent());
    if (body.equals(blankToNull(readable.getTitle()))) {
      body = ""; // readability falls back to the title when a page has no text
    }
    if (body.isBlank() && meta.jsonLdBody() != null) {
      body = meta.jsonLdBody();
    }
    if (body.isBlank()) {
      throw new InputException(name, "no article text found in the HTML page");
    }
    String byline = meta.byline() != null ? meta.byline() : blankToNull(readable.getByline());
    String title = meta.title() != null ? meta.title() : blankToNull(readable.getTitle());
    return new Article(ArticleIds.of(body, null), name, meta.url(), meta.date(), title, body,
        meta.language(), byline, List.of(), Map.of());
  }

  /** Text of the outermost block elements, separated by blank lines like a plain-text article. */
  static String paragraphs(Element content) {
    List<String> parts = new ArrayList<>();
    for (Element block : content.select(BLOCKS)) {
      if (block.parents().stream().noneMatch(p -> p.is(BLOCKS))) {
        String text = block.text().strip();
        if (!text.isEmpty()) {
          parts.add(text);
        }
      }
    }
    return parts.isEmpty() ? content.text().strip() : String.join("\n\n", parts);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
