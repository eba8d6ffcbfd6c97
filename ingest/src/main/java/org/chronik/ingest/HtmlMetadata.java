package org.chronik.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.chronik.model.PartialDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself: publication date, headline, author, canonical address and
 * the JSON-LD article body, from meta tags, schema.org JSON-LD and {@code <time datetime>}.
 */
record HtmlMetadata(PartialDate date, String title, String byline, String url, String language, String jsonLdBody) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the metadata; call before readability, which strips scripts from the document. */
  static HtmlMetadata of(Document doc) {
    List<JsonNode> articles = jsonLdArticles(doc);
    PartialDate date = Dates.parse(meta(doc, "meta[property=article:published_time]"));
    if (date == null) {
      date = Dates.parse(jsonLd(articles, "datePublished"));
    }
    if (date == null) {
      date = Dates.parse(meta(doc, "meta[itemprop=datePublished], meta[name=date], meta[name=dc.date]"));
    }
    if (date == null) {
      Element time = doc.selectFirst("time[datetime]");
      date = time == null ? null : Dates.parse(time.attr("datetime"));
    }
    String title = firstNonBlank(meta(doc, "meta[property=og:title]"), jsonLd(articles, "headline"), doc.title());
    String byline = firstNonBlank(meta(doc, "meta[name=author]"), author(articles));
    String url = firstNonBlank(meta(doc, "link[rel=canonical]", "href"), meta(doc, "meta[property=og:url]"));
    String lang = doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang");
    String language = lang == null || lang.length() < 2 ? null : lang.substring(0, 2).toLowerCase();
    return new HtmlMetadata(date, title, byline, url, language, jsonLd(articles, "articleBody"));
  }

  private static String meta(Document doc, String selector) {
    return meta(doc, selector, "content");
  }

  private static String meta(Document doc, String selector, String attribute) {
    Element e = doc.selectFirst(selector);
    return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).strip();
  }

  /** JSON-LD objects that carry article fields, from plain objects, arrays and {@code @graph}. */
  private static List<JsonNode> jsonLdArticles(Document doc) {
    List<JsonNode> found = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(script.data()), found);
      } catch (Exception e) {
        // a page's broken JSON-LD is common and not the reader's problem: fall back to other sources
      }
    }
    return found;
  }

  private static void collect(JsonNode node, List<JsonNode> found) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, found));
    } else if (node.isObject()) {
      if (node.has("datePublished") || node.has("articleBody") || node.has("headline")) {
        found.add(node);
      }
      collect(node.get("@graph"), found);
    }
  }

  private static String jsonLd(List<JsonNode> articles, String field) {
    for (JsonNode a : articles) {
      JsonNode v = a.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  /** schema.org author: a string, a Person object, or an array of either. */
  private static String author(List<JsonNode> articles) {
    for (JsonNode a : articles) {
      JsonNode author = a.get("author");
      if (author == null) {
        continue;
      }
      List<JsonNode> people = new ArrayList<>();
      if (author.isArray()) {
        author.forEach(people::add);
      } else {
        people.add(author);
      }
      String names = people.stream()
          .map(p -> p.isTextual() ? p.asText() : p.path("name").asText(""))
          .filter(s -> !s.isBlank())
          .collect(Collectors.joining(", "));
      if (!names.isBlank()) {
        return names;
      }
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
