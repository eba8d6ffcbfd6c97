package org.chronik.watch;

/** Feeds and pages of a made-up news site, written for these tests. */
final class Fixtures {
  private Fixtures() {}

  static String rss(String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Testnachrichten</title>"
        + "<link>http://127.0.0.1/</link><description>Meldungen für Tests</description>" + String.join("", items)
        + "</channel></rss>";
  }

  /** An RSS item; {@code pubDate} in RFC 822 form or null. */
  static String item(String link, String title, String pubDate) {
    return "<item><title>" + title + "</title><link>" + link + "</link>"
        + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>") + "</item>";
  }

  static String atom(String link, String title, String updated) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom-Test</title>"
        + "<id>urn:test:atom</id><updated>" + updated + "</updated><entry><title>" + title + "</title><id>urn:test:1</id>"
        + "<link href=\"" + link + "\"/><updated>" + updated + "</updated></entry></feed>";
  }

  /** A news page; {@code published} (ISO) and {@code canonical} may be null. */
  static String page(String title, String published, String canonical, String... paragraphs) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>")
        .append(title).append("</title>");
    if (published != null) {
      sb.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
    }
    if (canonical != null) {
      sb.append("<link rel=\"canonical\" href=\"").append(canonical).append("\">");
    }
    sb.append("</head><body><nav><a href=\"/\">Start</a> <a href=\"/politik\">Politik</a></nav><article><h1>").append(title)
        .append("</h1>");
    for (String p : paragraphs) {
      sb.append("<p>").append(p).append("</p>");
    }
    return sb.append("</article><footer>Impressum</footer></body></html>").toString();
  }

  static final String[] SUMMIT = {
      "Die Außenminister Frankreichs und Polens haben sich am Montag in Warschau getroffen, um über die Hilfe für die Ukraine zu beraten.",
      "Beide Regierungen wollen ihre Zusammenarbeit bei der Luftverteidigung ausbauen, hieß es nach dem Treffen.",
      "Ein weiteres Treffen ist für den Herbst in Paris geplant."};

  static final String[] PROTEST = {
      "In der georgischen Hauptstadt haben am Sonntag erneut Tausende Menschen gegen die Regierung demonstriert.",
      "Die Polizei sperrte mehrere Straßen rund um das Parlament ab, die Kundgebung blieb nach Angaben von Beobachtern friedlich.",
      "Die Opposition kündigte weitere Proteste für die kommende Woche an."};

  static final String[] TALKS = {
      "Die Regierungen Japans und Südkoreas wollen ihre Gespräche über Handelsfragen im kommenden Monat fortsetzen.",
      "Die Delegationen hatten sich bereits im Frühjahr in Tokio zu einer ersten Runde getroffen.",
      "Beide Seiten sprachen von einem konstruktiven Austausch."};
}
