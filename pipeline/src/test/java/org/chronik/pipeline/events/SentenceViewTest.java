package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/**
 * What a sentence view tells about its tokens: which are finite verbs (by the language's
 * {@code FINITE_TAG} rows of grammar.tsv) and which actor mentions cover them. Sentences written by
 * hand with their tags, so each case is exactly the one named.
 */
class SentenceViewTest {
  /** "text/UPOS/xpos" per token, all hung on the first. */
  private static SentenceView view(List<Mention> mentions, String... tokens) {
    return HandParsed.view(mentions, (i, f, span) -> new Token(i, f[0], f[0], span, f[0], f[1], f[2], "O", i == 0 ? -1 : 0, i == 0 ? "root" : "dep"), tokens);
  }

  @Test
  void verbFormsWithPersonOrImperativeAreFinite() {
    SentenceView s = view(List.of(), "Berlin/PROPN/EIG:NOM:SIN:NEU", "verhängte/VERB/VER:3:SIN:PRT:NON",
        "Sanktionen/NOUN/SUB:AKK:PLU:FEM", "kann/AUX/VER:MOD:3:SIN:PRÄ", "gebt/VERB/VER:IMP:PLU:NON", "lenkt/VERB/VVFIN");
    assertTrue(s.isFinite(1), "third person past");
    assertTrue(s.isFinite(3), "modal with person");
    assertTrue(s.isFinite(4), "imperative");
    assertTrue(s.isFinite(5), "the tagger's STTS tag where the lexicon gives none");
    assertFalse(s.isFinite(2), "a noun is never finite");
  }

  @Test
  void infinitivesAndParticiplesAreNotFinite() {
    SentenceView s = view(List.of(), "verhängen/VERB/VER:INF:NON", "verhängt/VERB/VER:PA2:NON", "zu/PART/ZUS",
        "verhängen/VERB/VVINF", "beschlossen/VERB/VVPP");
    for (int i = 0; i < s.size(); i++) {
      assertFalse(s.isFinite(i), s.word(i) + " at " + i);
    }
    assertFalse(s.hasFiniteVerb());
  }

  @Test
  void pluralFormsAreToldByTheTagsPluralFeature() {
    SentenceView s = view(List.of(), "Die/DET/ART:DEF:NOM:PLU:FEM", "Staaten/NOUN/SUB:NOM:PLU:MAS",
        "verhängten/VERB/VER:3:PLU:PRT:NON", "der/DET/ART:DEF:NOM:SIN:MAS", "Staat/NOUN/SUB:NOM:SIN:MAS", "droht/VERB/VVFIN");
    assertTrue(s.plural(1));
    assertTrue(s.plural(2));
    assertFalse(s.plural(4), "a singular noun");
    assertFalse(s.plural(5), "a tag without number features");
    // a tag that repeats a feature still reads as its set of features (a Set.of would throw)
    assertEquals(java.util.Set.of("SUB", "NOM", "PLU"), s.grammar().tagFeatures("SUB:NOM:PLU:PLU"));
    assertTrue(s.grammar().tagFeatures("").isEmpty());
  }

  @Test
  void theLongerMentionWinsItsTokensAndOnlyActorsAct() {
    ActorRef georgia = new ActorRef("GEO", "Georgia", ActorType.COUNTRY, "GEO", null, null);
    ActorRef premier = new ActorRef("GEO.PM", "Prime Minister of Georgia", ActorType.PERSON, "GEO", "GOV", null);
    ActorRef tbilisi = new ActorRef("Tbilisi", "Tbilisi", ActorType.LOCATION, "GEO", null, null);
    // "des georgischen Premiers in Tiflis": token spans 0-3, 4-14, 15-23, 24-26, 27-33
    Mention adjective = new Mention(new Span(4, 14), "georgischen", georgia, "ADJ", "test");
    Mention phrase = new Mention(new Span(0, 23), "des georgischen Premiers", premier, "TITLE", "test");
    Mention place = new Mention(new Span(27, 33), "Tiflis", tbilisi, "NAME", "test");
    SentenceView s = view(List.of(adjective, phrase, place), "des/DET/", "georgischen/ADJ/", "Premiers/NOUN/", "in/ADP/",
        "Tiflis/PROPN/");
    assertEquals(premier, s.mention(1).actor(), "the premier holds the adjective's token");
    assertEquals(List.of(phrase), s.mentions(2));
    assertNull(s.mention(4), "a place is no acting party");
    assertEquals(tbilisi, s.anyMention(4).actor());
    assertTrue(s.mentions(3).isEmpty());
  }
}
