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
      String text = "Der russische Präsident traf den französischen " + title.title() + " in Wien.";
      int begin = text.indexOf(title.title());
      boolean found = link(text).stream().anyMatch(m -> m.span().begin() <= begin && begin < m.span().end() && m.kind().equals("TITLE"));
      assertTrue(found, "no title mention for \"" + title.title() + "\" in: " + text + " " + link(text));
    }
  }

  @Test
  void everyMinistryNounMakesAnActorOfItsCountry() {
    ActorLanguage language = ActorLanguage.forLanguage("de");
    for (ActorLanguage.Ministry ministry : language.ministries) {
      String text = "Das französische " + ministry.noun() + " äußerte sich am Abend.";
      String generated = ministry.template().replace("{country}", "France");
      // a generated name that an organisation of organizations.tsv carries links to that organisation
      String expected = ministry.template().equals("{country}") ? "France"
          : ActorDictionary.standard().organization(generated).map(OrganizationEntry::name).orElse(generated);
      List<Mention> mentions = link(text);
      assertTrue(mentions.stream().anyMatch(m -> m.actor().name().equals(expected) && "FRA".equals(m.actor().country())),
          ministry.noun() + ": " + mentions);
    }
  }

  @Test
  void officeTitleFallsBackToHeadOfStateWhenNoHeadOfGovernmentIsKnown() {
    List<Mention> mentions = LINKER.mentions("Der US-Regierungschef reiste ab.", PlainText.sentences("Der US-Regierungschef reiste ab."), PartialDate.parse("2022-05-01"));
    assertEquals("Joe Biden", mentions.get(0).actor().name());
  }

  @Test
  void unknownNameAfterRoleDescriptorBecomesPersonOfThatCountry() {
    Mention m = link("Der iranische Außenminister Karim Sadeghi warnte.").get(0);
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

  @Test
  void capitalInADatelineIsAPlaceAndAsSubjectTheGovernment() {
    Mention berlin = link("Berlin (dpa) - Die Koalition streitet.").get(0);
    assertEquals("Berlin", berlin.actor().name());
    assertEquals(org.chronik.model.ActorType.LOCATION, berlin.actor().type());
    List<Mention> pair = link("Vorher war Ruhe.\nKiew/Moskau – Die Kämpfe dauern an.");
    assertEquals(List.of("Kyiv", "Moscow"), pair.stream().map(m -> m.actor().name()).toList());
    Mention acting = link("Berlin kritisierte Moskau (scharf).").get(0);
    assertEquals("Germany", acting.actor().name());
    assertEquals("GOV", acting.actor().sector());
  }

  @Test
  void undatedAndEmptyDocumentsWork() {
    String text = "Der britische Premierminister sprach.";
    List<Mention> undated = LINKER.mentions(text, PlainText.sentences(text), null);
    assertEquals(1, undated.size(), "undated: the holder of an ongoing term: " + undated);
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
