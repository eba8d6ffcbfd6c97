package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.chronik.model.Mention;
import org.chronik.model.PartialDate;
import org.junit.jupiter.api.Test;

/** Every title and ministry row runs as an example; random input must not throw. Plain tokens, no parser. */
class ActorRulesTest {
  private static final ActorLinker LINKER = ActorLinker.forLanguage("de");
  private static final PartialDate DATE = PartialDate.parse("2024-03-01");

  private static List<Mention> link(String text) {
    return LINKER.mentions(text, PlainText.sentences(text), DATE);
  }

  @Test
  void everyTitleResolvesAfterACountryAdjective() {
    ActorLanguage language = ActorLanguage.forLanguage("de");
    for (ActorLanguage.Title title : language.titles) {
      if (title.country() != null && title.country().startsWith("IGO.") || title.sector() == null) {
        continue; // offices of international bodies and titles without a sector of their own: RoleAtDateTest, ActorTableTest
      }
      String text = "Der russische Präsident traf den französischen " + title.title() + " in Wien.";
      int begin = text.indexOf(title.title());
      boolean office = OfficeHolders.isSingleOffice(title.role()) && !title.role().equals("SAME_AS_PREVIOUS");
      if (office) {
        boolean found = link(text).stream().anyMatch(m -> m.span().begin() <= begin && begin < m.span().end() && m.kind().equals("TITLE"));
        assertTrue(found, "no title mention for \"" + title.title() + "\" in: " + text + " " + link(text));
      }
      // with a name after it, every title makes that name a person of the title's country
      String named = "Der russische Präsident traf den französischen " + title.title() + " Jean Dupont in Wien.";
      boolean person = link(named).stream().anyMatch(m -> m.text().equals("Jean Dupont") && "FRA".equals(m.actor().country())
          && title.sector().equals(m.actor().sector()));
      assertTrue(person || title.country() != null, "no French person after \"" + title.title() + "\": " + link(named));
    }
  }

  @Test
  void everyGroupNounAfterACountryAdjectiveIsAnActorOfThatCountryAndSector() {
    ActorLanguage language = ActorLanguage.forLanguage("de");
    for (ActorLanguage.Group group : language.groups.values()) {
      if (group.focus().equals(OpposedGroups.FOCUS)) {
        continue; // "die französischen Gegner" of a match are no French group (groups18 near-miss rows of mentions.tsv)
      }
      String text = (group.plural() ? "Die französischen " : "Das französische ") + group.noun() + " äußerten sich am Abend.";
      int begin = text.indexOf(group.noun());
      List<Mention> mentions = link(text);
      assertTrue(mentions.stream().anyMatch(m -> m.span().begin() <= begin && begin < m.span().end() && "FRA".equals(m.actor().country())
          && java.util.Objects.equals(group.sector(), m.actor().sector()) && m.attributeSource() != null), group.noun() + ": " + mentions);
    }
  }

  @Test
  void officeTitleFallsBackToHeadOfStateWhenNoHeadOfGovernmentIsKnown() {
    List<Mention> mentions = LINKER.mentions("Der US-Regierungschef reiste ab.", PlainText.sentences("Der US-Regierungschef reiste ab."), PartialDate.parse("2022-05-01"));
    assertEquals("Joe Biden", mentions.stream().filter(m -> m.kind().equals("TITLE")).findFirst().orElseThrow().actor().name());
  }

  @Test
  void unknownNameAfterRoleDescriptorBecomesPersonOfThatCountry() {
    Mention m = link("Der iranische Außenminister Karim Sadeghi warnte.").stream().filter(x -> x.text().equals("Karim Sadeghi")).findFirst().orElseThrow();
    assertEquals("Karim Sadeghi", m.actor().name());
    assertEquals("IRN", m.actor().country());
    assertEquals("Foreign Minister of Iran", m.actor().role());
  }

  @Test
  void fuzzyNeedsTheCorrectNameInTheDocument() {
    assertTrue(link("Olaf Scholz kam. Dann sprach Olaf Schloz.").stream().filter(m -> m.actor().name().equals("Olaf Scholz")).count() >= 2);
    assertFalse(link("Dann sprach Olaf Schloz.").stream().anyMatch(m -> m.actor().name().equals("Olaf Scholz")));
  }

  @Test
  void surnameAloneNeedsTheFullNameInPlainText() {
    assertTrue(link("Emmanuel Macron kam. Macron lachte.").stream().filter(m -> m.text().equals("Macron")).anyMatch(m -> m.actor().name().equals("Emmanuel Macron")));
    assertTrue(link("Macron lachte.").isEmpty(), "without tags and without the full name a surname stays unlinked");
  }

  /** Links plain tokens with the datelines the cleaner finds in {@code text}. */
  private static List<Mention> linkCleaned(String text) {
    var clean = org.chronik.pipeline.clean.Cleaner.forLanguage("de")
        .apply(org.chronik.model.AnnotatedDocument.of(org.chronik.model.Article.of("t", DATE, text))).layer(org.chronik.model.Layer.CLEAN);
    List<org.chronik.model.Span> datelines = clean.furniture().stream().filter(f -> f.kind().equals("DATELINE")).map(f -> f.span()).toList();
    return LINKER.mentions(text, PlainText.sentences(text), DATE, datelines, clean.datelinePlace());
  }

  @Test
  void aCapitalInTheCleanersDatelineIsNoActorAndAsSubjectTheGovernment() {
    assertTrue(linkCleaned("Berlin (dpa) - Die Koalition streitet.").stream().noneMatch(m -> m.text().equals("Berlin")));
    List<Mention> pair = linkCleaned("Vorher war Ruhe.\nKiew/Moskau – Die Kämpfe dauern an.");
    assertTrue(pair.stream().noneMatch(m -> m.text().equals("Kiew") || m.text().equals("Moskau")), pair.toString());
    List<Mention> brussels = linkCleaned("London/Brüssel – Die EU-Kommission hat neue Regeln vorgeschlagen.");
    assertTrue(brussels.stream().noneMatch(m -> "BEL".equals(m.actor().country()) || "GBR".equals(m.actor().country())), brussels.toString());
    Mention acting = link("Berlin kritisierte Moskau (scharf).").get(0);
    assertEquals("Germany", acting.actor().name());
    assertEquals("GOV", acting.actor().sector());
    // near miss: a capital starting a sentence without a dash is no dateline, and after "in" it is a place
    Mention place = linkCleaned("Die Gespräche fanden in Wien statt.").stream().filter(m -> m.text().equals("Wien")).findFirst().orElseThrow();
    assertEquals(org.chronik.model.ActorType.LOCATION, place.actor().type());
  }

  @Test
  void undatedAndEmptyDocumentsWork() {
    String text = "Der britische Premierminister sprach.";
    List<Mention> undated = LINKER.mentions(text, PlainText.sentences(text), null);
    assertEquals(1, undated.stream().filter(m -> m.kind().equals("TITLE")).count(), "undated: the holder of an ongoing term: " + undated);
    assertTrue(LINKER.mentions("", List.of(), DATE).isEmpty());
  }

  @Test
  void randomInputNeverThrowsAndSpansStayInsideTheBody() {
    String[] words = {"China", "Chinas", "-", "US", "Präsident", "der", "russische", "in", "Peking", "beide", "Länder", "Er", "Xi",
        "Putin-Versteher", "Staats-", "und", "Parteichef", "Nato", ".", ",", "/", "–", "(", ")", "\n", "Außenministerium", "Westen",
        "Schloz", "Olaf", "Scholz", "Kreml", "UN-", "Sicherheitsrats", "ä", "'", "\"", "Weißen", "Haus", "Trump", "Tower", "Seiten"};
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        text.append(words[random.nextInt(words.length)]);
        if (random.nextInt(3) > 0) {
          text.append(' ');
        }
        if (random.nextInt(20) == 0) {
          text.append((char) random.nextInt(0x3000));
        }
      }
      String body = text.toString();
      for (Mention m : link(body)) {
        assertTrue(m.span().begin() >= 0 && m.span().end() <= body.length() && m.span().begin() < m.span().end(), body);
        assertEquals(body.substring(m.span().begin(), m.span().end()), m.text());
      }
    }
  }
}
