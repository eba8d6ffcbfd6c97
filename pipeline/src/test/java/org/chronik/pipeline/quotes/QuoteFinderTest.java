package org.chronik.pipeline.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quote finder on sentences written for these tests, through the shared German pipeline. */
class QuoteFinderTest {

  private static Quote only(String text, String words) {
    List<Quote> quotes = QuoteTesting.quotes(text);
    for (Quote q : quotes) {
      if (marked(q) && q.text().startsWith(words)) {
        return q;
      }
    }
    fail("no quotation starting \"" + words + "\" in: " + text + "\n" + QuoteTesting.describe(quotes, text));
    return null;
  }

  /** A quotation in quotation marks (direct or partial), not reported or indirect speech. */
  static boolean marked(Quote q) {
    return q.type() == QuoteType.DIRECT || q.type() == QuoteType.PARTIAL;
  }

  private static String speaker(Quote q, String text) {
    assertNotNull(q.speakerSpan(), "no speaker for " + q.text());
    return q.speakerSpan().of(text);
  }

  private static void noQuotation(String text) {
    List<Quote> quotes = QuoteTesting.quotes(text).stream().filter(QuoteFinderTest::marked).toList();
    assertTrue(quotes.isEmpty(), "expected no quotation in: " + text + "\n" + QuoteTesting.describe(quotes, text));
  }

  @Test
  void quotationOverSeveralSentences() {
    String text = "„Wir haben lange verhandelt. Am Ende zählt das Ergebnis. Ich bin zufrieden“, sagte die Verhandlungsführerin.";
    Quote q = only(text, "Wir haben lange verhandelt.");
    assertTrue(q.text().endsWith("Ich bin zufrieden"), q.text());
    assertEquals(QuoteType.DIRECT, q.type());
    assertTrue(speaker(q, text).contains("Verhandlungsführerin"));
  }

  @Test
  void quotationOverParagraphsInTheGermanConvention() {
    String text = "Der Bürgermeister erklärte: „Die Straße wird im Mai saniert.\n\n„Danach folgen die Brücken.“\n\nDie Opposition schwieg.";
    Quote q = only(text, "Die Straße wird im Mai saniert.");
    assertTrue(q.text().endsWith("Danach folgen die Brücken."), q.text());
    assertTrue(speaker(q, text).contains("Bürgermeister"));
  }

  @Test
  void unclosedQuotationStopsAtItsParagraph() {
    String text = "Die Ärztin sagte: „Die Lage ist ernst.\n\nIm Krankenhaus fehlen Betten. „Wir brauchen Hilfe“, sagte der Direktor.";
    Quote first = only(text, "Die Lage ist ernst");
    assertEquals("Die Lage ist ernst.", first.text(), "capped at the paragraph end");
    Quote second = only(text, "Wir brauchen Hilfe");
    assertTrue(speaker(second, text).contains("Direktor"));
  }

  @Test
  void nestedQuotationBelongsToTheOuterOne() {
    String text = "„Er sprach von einem ‚historischen Tag‘ und ging“, sagte die Zeugin.";
    List<Quote> quotes = QuoteTesting.quotes(text).stream().filter(QuoteFinderTest::marked).toList();
    assertEquals(1, quotes.size(), QuoteTesting.describe(quotes, text));
    assertEquals("Er sprach von einem ‚historischen Tag‘ und ging", quotes.get(0).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Beide Länder hatten eine Partnerschaft „ohne Grenzen“ verkündet.",
      "Die Staaten schlossen ein Bündnis „für die Ewigkeit“ im Frühjahr.",
      "Die Firmen unterzeichneten einen Vertrag „ohne Ablaufdatum“ in Genf.",
      "Die Regierung nennt den Einsatz eine sogenannte „Sicherheitsmaßnahme“ im Grenzgebiet.",
      "Der Verlag druckte den Roman „Nacht über der Stadt“ neu.",
      "Die Reporterin arbeitet seit Jahren für die „Abendpost Nord“ in Bremen.",
      "Die Bilder erschienen im Magazin „Weltblick“ und im „Nordkurier“.",
      "Die Regierungen hatten im Winter eine „dauerhafte Freundschaft“ beschlossen."})
  void namesTitlesAndScareQuotesAreNotSpeech(String text) {
    noQuotation(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Die Ministerin nannte die Partnerschaft „unverzichtbar“.",
      "Der Botschafter sprach von einer „neuen Phase“ der Beziehungen."})
  void nearMissesOfTheLabelRuleAreSpeech(String text) {
    List<Quote> quotes = QuoteTesting.quotes(text).stream().filter(q -> q.type() == QuoteType.PARTIAL).toList();
    assertEquals(1, quotes.size(), QuoteTesting.describe(quotes, text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "„Die Grenze bleibt offen“, hieß es in der vom Innenministerium veröffentlichten Erklärung.",
      "„Die Grenze bleibt offen“, hieß es in einer vom Innenministerium verbreiteten Mitteilung.",
      "„Die Grenze bleibt offen“, hieß es in der Erklärung des Innenministeriums."})
  void statementNamesItsAuthor(String text) {
    assertTrue(speaker(only(text, "Die Grenze bleibt offen"), text).contains("Innenministerium"));
  }

  @Test
  void namingVerbIsNotASpeechVerb() {
    noQuotation("Das neue Museum heißt „Haus der Geschichte“.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "„Unsere Geduld ist zu Ende“, zitierte der Sender NTV den Gewerkschaftschef.",
      "„Unsere Geduld ist zu Ende“, zitierte die Zeitung Morgenblatt den Gewerkschaftschef."})
  void quotingMediumIsTheSourceNotTheSpeaker(String text) {
    Quote q = only(text, "Unsere Geduld");
    assertTrue(speaker(q, text).contains("Gewerkschaftschef"), speaker(q, text));
    assertNotNull(q.source(), "no source");
    assertTrue(q.source().name().contains("NTV") || q.source().name().contains("Morgenblatt") || q.source().name().contains("Sender")
        || q.source().name().contains("Zeitung"), q.source().name());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Nach Angaben des Kanzleramts telefonierten Scholz und Macron. „Wir stehen zusammen“, sagte Scholz demnach.",
      "Nach Angaben der Regierung trafen sich die Minister. „Wir stehen zusammen“, sagte der Außenminister demnach."})
  void demnachMakesTheLastAttributionTheSource(String text) {
    Quote q = only(text, "Wir stehen zusammen");
    assertTrue(speaker(q, text).contains("Scholz") || speaker(q, text).contains("Außenminister"), speaker(q, text));
    assertNotNull(q.source(), "demnach should name the source");
  }

  @Test
  void demnachWithoutSpeakerMakesTheAttributionTheSpeaker() {
    String text = "Nach Angaben der Feuerwehr brannte die Halle vollständig aus. „Niemand wurde verletzt“, hieß es demnach.";
    assertTrue(speaker(only(text, "Niemand wurde verletzt"), text).contains("Feuerwehr"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Macron hat Scholz laut französischem Präsidialamt in dem Telefonat versprochen, „die Zusammenarbeit auszubauen“.",
      "Die Kanzlerin hat dem Premier laut Regierungssprecher am Telefon zugesichert, „jede mögliche Hilfe zu leisten“."})
  void attributionBesideASpeechVerbIsTheSource(String text) {
    List<Quote> quotes = QuoteTesting.quotes(text);
    Quote q = quotes.stream().filter(x -> x.type() == QuoteType.PARTIAL).findFirst().orElseThrow(() -> new AssertionError(QuoteTesting.describe(quotes, text)));
    String who = speaker(q, text);
    assertTrue(who.contains("Macron") || who.contains("Kanzlerin"), who);
    assertNotNull(q.source(), "the attribution should be the source");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Der Ausschuss tagte am Montag. Die Reform sei eine „notwendige Antwort auf die Krise“, sagte die Vorsitzende. Die Umsetzung sei ein „Kraftakt für alle Beteiligten“.",
      "Der Ausschuss tagte am Montag. Die Reform sei eine „notwendige Antwort auf die Krise“, erklärte die Vorsitzende. Der Plan sei eine „Frage der Vernunft“."})
  void fragmentInReportedMoodContinuesTheLastSpeaker(String text) {
    List<Quote> quotes = QuoteTesting.quotes(text);
    Quote q = quotes.stream().filter(x -> x.type() == QuoteType.PARTIAL && (x.text().startsWith("Kraftakt") || x.text().startsWith("Frage")))
        .findFirst().orElseThrow(() -> new AssertionError(QuoteTesting.describe(quotes, text)));
    assertTrue(speaker(q, text).contains("Vorsitzende"), speaker(q, text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Der Streik sei „leider unvermeidlich“ gewesen, wie die Gewerkschaft mitteilte.",
      "Die Verhandlungen seien „auf einem guten Weg“, wie die Gewerkschaft berichtete."})
  void wieClauseNamesTheSpeaker(String text) {
    List<Quote> quotes = QuoteTesting.quotes(text);
    Quote q = quotes.stream().filter(x -> x.type() == QuoteType.PARTIAL).findFirst().orElseThrow(() -> new AssertionError(QuoteTesting.describe(quotes, text)));
    assertTrue(speaker(q, text).contains("Gewerkschaft"), speaker(q, text));
  }

  @Test
  void pronounSpeakerIsLinkedToThePersonBefore() {
    String text = "Angela Merkel besuchte am Montag die Werft in Kiel. „Das ist eine großartige Leistung“, sagte sie.";
    Quote q = only(text, "Das ist eine großartige Leistung");
    assertEquals("sie", speaker(q, text));
    assertNotNull(q.speaker(), "the pronoun should be linked");
    assertTrue(q.speaker().name().contains("Merkel"), q.speaker().name());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Die Stadträtin sagte, man werde die Gebühren im Herbst senken.",
      "Die Stadträtin erklärte, die Gebühren würden im Herbst gesenkt."})
  void indirectSpeechAfterASpeechVerb(String text) {
    List<Quote> quotes = QuoteTesting.quotes(text);
    Quote q = quotes.stream().filter(x -> x.type() == QuoteType.INDIRECT).findFirst().orElseThrow(() -> new AssertionError(QuoteTesting.describe(quotes, text)));
    assertTrue(q.text().contains("Gebühren"), q.text());
    assertTrue(speaker(q, text).contains("Stadträtin"), speaker(q, text));
  }

  /** A second predicate after a speech verb reports what was done, not said (seed: "betont, … aber nicht verurteilt"). */
  @ParameterizedTest
  @ValueSource(strings = {
      "Die Ministerin hatte die Einheit des Bündnisses betont, den Beschluss aber nicht kommentiert.",
      "Der Präsident hat die Rechte aller Staaten hervorgehoben, den Angriff jedoch nicht verurteilt.",
      "Der Kanzler hatte die Bedeutung der Partnerschaft unterstrichen, die Kritik aber zurückgewiesen."})
  void aCoordinatedPredicateIsNotIndirectSpeech(String text) {
    List<Quote> quotes = QuoteTesting.quotes(text);
    assertTrue(quotes.stream().noneMatch(q -> q.type() == QuoteType.INDIRECT), QuoteTesting.describe(quotes, text));
  }

  /** The near-misses: a zu-infinitive or a clause with its own subject after the same verbs is speech. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Die Ministerin kündigte an, die Hilfen für die Landwirte im Frühjahr deutlich zu erhöhen.",
      "Der Präsident hatte betont, die Regierung werde die Hilfen im Frühjahr erhöhen.",
      "Die Ministerin hat angekündigt, die Hilfen im Frühjahr zu erhöhen.",
      "Die Ministerin versprach, die Gespräche mit den Landwirten bald fortzusetzen."})
  void aZuInfinitiveOrAClauseWithASubjectStillIs(String text) {
    List<Quote> quotes = QuoteTesting.quotes(text);
    assertTrue(quotes.stream().anyMatch(q -> q.type() == QuoteType.INDIRECT && (q.text().contains("Hilfen") || q.text().contains("Gespräche"))),
        QuoteTesting.describe(quotes, text));
  }

  @Test
  void reportedMoodGoesOnWithTheLastSpeaker() {
    String text = "Die Stadträtin sagte, man werde die Gebühren im Herbst senken. Die Haushaltslage sei stabil genug.";
    List<Quote> quotes = QuoteTesting.quotes(text);
    Quote q = quotes.stream().filter(x -> x.type() == QuoteType.INDIRECT && x.text().startsWith("Die Haushaltslage")).findFirst()
        .orElseThrow(() -> new AssertionError(QuoteTesting.describe(quotes, text)));
    assertTrue(speaker(q, text).contains("Stadträtin"), speaker(q, text));
  }

  @Test
  void indicativeWithoutCueIsNotIndirectSpeech() {
    String text = "Die Gebühren steigen im Herbst. Die Haushaltslage ist stabil.";
    assertTrue(QuoteTesting.quotes(text).isEmpty(), QuoteTesting.describe(QuoteTesting.quotes(text), text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "„Wir sind bereit, alle Partner zu unterstützen“, sagte Scholz demnach.",
      "„Wir sind bereit, alle Partner zu unterstützen“, sagte Macron am Abend."})
  void nameAfterTheSpeechVerbIsTheSpeaker(String text) {
    String who = speaker(only(text, "Wir sind bereit"), text);
    assertTrue(who.equals("Scholz") || who.equals("Macron"), who);
  }

  @Test
  void participleTaggedAsAdjectiveStillCues() {
    String text = "Der Vermittler traf beide Seiten. Er habe die Parteien gedrängt, „ohne Verzögerung eine faire Einigung“ zu suchen.";
    Quote q = only(text, "ohne Verzögerung");
    assertEquals("gedrängt", q.cueText());
  }

  @Test
  void randomInputNeverThrows() {
    java.util.Random random = new java.util.Random(5);
    String[] words = {"Er", "sagte", "„", "“", "\"", "sei", "laut", "der", "Minister", ",", ".", ":", "\n", "demnach", "sogenannte", "»", "«", "Partei",
        "wie", "mitteilte", "!", "?", "(", ")", "–", "\u00a0", "ß", "😀", "\t", "“.", ".“", "„„", "““"};
    for (int round = 0; round < 40; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = b.toString();
      for (Quote q : QuoteTesting.quotes(text)) {
        assertTrue(q.span().end() <= text.length() && q.text().equals(q.span().of(text)), text);
      }
    }
  }
}
