package org.chronik.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chronik.model.Article;
import org.chronik.model.PartialDate;
import org.junit.jupiter.api.Test;

class HtmlArticlesTest {
  private static final String PARAGRAPHS = """
      <p>Der Landtag hat am Dienstag über den neuen Haushalt beraten. Die Opposition kritisierte die geplanten Kürzungen bei den Schulen scharf und kündigte Widerstand an.</p>
      <p>Die Finanzministerin verteidigte den Entwurf. Ohne Einsparungen sei die Schuldenbremse nicht einzuhalten, sagte sie vor den Abgeordneten in der Hauptstadt.</p>
      <p>Eine Abstimmung ist für den kommenden Monat geplant. Bis dahin wollen die Fraktionen weiter verhandeln und nach einem Kompromiss suchen.</p>
      """;

  private static String page(String head, String bodyExtras) {
    return "<!DOCTYPE html><html lang=\"de-DE\"><head>" + head + "</head><body>"
        + "<nav><ul><li><a href=\"/\">Startseite</a></li><li><a href=\"/politik\">Politik</a></li></ul></nav>"
        + "<article><h1>Streit um den Haushalt</h1>" + bodyExtras + PARAGRAPHS + "</article>"
        + "<footer><p>Impressum · Datenschutz · Kontakt</p></footer></body></html>";
  }

  @Test
  void metaTagsGiveDateTitleBylineUrlAndLanguage() {
    String head = "<title>Streit um den Haushalt | Beispielblatt</title>"
        + "<meta property=\"article:published_time\" content=\"2024-03-12T09:30:00+01:00\">"
        + "<meta property=\"og:title\" content=\"Streit um den Haushalt\">"
        + "<meta name=\"author\" content=\"Erika Beispiel\">"
        + "<link rel=\"canonical\" href=\"https://beispielblatt.example/haushalt\">";
    Article a = HtmlArticles.parse(page(head, ""), "h.html");
    assertEquals(PartialDate.parse("2024-03-12"), a.creationDate());
    assertEquals("Streit um den Haushalt", a.title());
    assertEquals("Erika Beispiel", a.byline());
    assertEquals("https://beispielblatt.example/haushalt", a.url());
    assertEquals("de", a.language());
    assertTrue(a.body().contains("Der Landtag hat am Dienstag über den neuen Haushalt beraten."), a.body());
    assertTrue(a.body().contains("sagte sie vor den Abgeordneten in der Hauptstadt.\n\nEine Abstimmung"), a.body());
    assertFalse(a.body().contains("Impressum"), a.body());
    assertFalse(a.body().contains("Startseite"), a.body());
  }

  @Test
  void jsonLdGivesDateAndAuthorsInsideGraph() {
    String head = "<title>Haushalt</title><script type=\"application/ld+json\">"
        + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Blatt\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Streit um den Haushalt\",\"datePublished\":\"2023-10-02\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Max Muster\"},{\"@type\":\"Person\",\"name\":\"Eva Probe\"}]}]}"
        + "</script>";
    Article a = HtmlArticles.parse(page(head, ""), "j.html");
    assertEquals(PartialDate.parse("2023-10-02"), a.creationDate());
    assertEquals("Max Muster, Eva Probe", a.byline());
  }

  @Test
  void timeElementIsTheLastResortForTheDate() {
    Article a = HtmlArticles.parse(page("<title>T</title>", "<p><time datetime=\"2022-12-24\">24.12.2022</time></p>"), "t.html");
    assertEquals(PartialDate.parse("2022-12-24"), a.creationDate());
  }

  @Test
  void undatedPageHasNoDate() {
    Article a = HtmlArticles.parse(page("<title>T</title>", ""), "u.html");
    assertNull(a.creationDate());
  }

  @Test
  void jsonLdArticleBodyIsUsedWhenThePageShowsNoText() {
    String html = "<html><head><title>Kurz</title><script type=\"application/ld+json\">"
        + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-05-06T12:00:00Z\",\"author\":\"Ida Test\","
        + "\"articleBody\":\"Der Text steht nur in den strukturierten Daten.\"}</script></head><body></body></html>";
    Article a = HtmlArticles.parse(html, "k.html");
    assertEquals("Der Text steht nur in den strukturierten Daten.", a.body());
    assertEquals(PartialDate.parse("2021-05-06"), a.creationDate());
    assertEquals("Ida Test", a.byline());
  }

  @Test
  void brokenJsonLdIsIgnored() {
    Article a = HtmlArticles.parse(page("<script type=\"application/ld+json\">{kaputt</script>", ""), "b.html");
    assertTrue(a.body().startsWith("Der Landtag") || a.body().startsWith("Streit um den Haushalt"), a.body());
  }
}
