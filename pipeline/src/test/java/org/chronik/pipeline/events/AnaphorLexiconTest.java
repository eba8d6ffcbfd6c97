package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.chronik.model.ActorType;
import org.chronik.model.io.Tsv;
import org.junit.jupiter.api.Test;

class AnaphorLexiconTest {
  private static AnaphorLexicon parse(String content) {
    return AnaphorLexicon.parse(Tsv.read("t.tsv", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void readsKindsTypesAndNumber() {
    AnaphorLexicon lex = parse("# comment\nsie\tPRONOUN\tCOUNTRY|GROUP\tpl\n"
        + "Bündnis\tDESCRIPTION\tIGO\tsg\tnote\nder\tDETERMINER\t-\t-\n");
    AnaphorLexicon.Entry sie = lex.pronoun("Sie");
    assertNotNull(sie);
    assertTrue(sie.plural());
    assertEquals(Set.of(ActorType.COUNTRY, ActorType.GROUP), sie.refers());
    assertEquals(AnaphorLexicon.Kind.DESCRIPTION, lex.description("bündnis").kind());
    assertTrue(lex.determiner("der"));
    assertNull(lex.pronoun("er"));
    assertNull(lex.description("Land"));
  }

  @Test
  void badLineNamesFileLineAndProblem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parse("er\tPRONOUN\tPERSON\tmany\n"));
    assertTrue(e.getMessage().startsWith("t.tsv line 1: number must be sg or pl"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> parse("\ner\tPRONOUN\tPERSONS\tsg\n"));
    assertTrue(e.getMessage().startsWith("t.tsv line 2:"), e.getMessage());
  }

  @Test
  void readsPossessivesWithTheirAgreementAndArticles() {
    AnaphorLexicon lex = parse("seine\tPOSSESSIVE\tPERSON|COUNTRY\tSIN+MAS|SIN+NEU\ndie\tARTICLE\t-\tSIN+FEM|PLU\n");
    AnaphorLexicon.Entry seine = lex.possessive("Seine");
    assertEquals(java.util.List.of(Set.of("SIN", "MAS"), Set.of("SIN", "NEU")), seine.agreement());
    assertNull(lex.pronoun("seine")); // a possessive is no pronoun of its own
    assertNull(lex.possessive("die"));
    assertEquals(java.util.List.of(Set.of("SIN", "FEM"), Set.of("PLU")), lex.article("die").agreement());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("ihre\tPOSSESSIVE\tPERSON\t-\n"));
    assertTrue(e.getMessage().startsWith("t.tsv line 1: a POSSESSIVE or gendered PRONOUN needs"), e.getMessage());
  }

  @Test
  void readsAGenderedPronounWithTheFeaturesItsAntecedentCarries() {
    AnaphorLexicon lex = parse("ihr\tPRONOUN\tPERSON|GROUP\tSIN+FEM\nihr\tPOSSESSIVE\tPERSON\tSIN+FEM|PLU\n");
    AnaphorLexicon.Entry ihr = lex.pronoun("Ihr");
    assertEquals(AnaphorLexicon.Kind.PRONOUN, ihr.kind());
    assertEquals(java.util.List.of(Set.of("SIN", "FEM")), ihr.agreement());
    assertTrue(!ihr.plural());
    assertEquals(AnaphorLexicon.Kind.POSSESSIVE, lex.possessive("ihr").kind()); // the determiner keeps its own row
    assertTrue(lex.pronoun("sie") == null);
    assertTrue(parse("er\tPRONOUN\tPERSON\tsg\n").pronoun("er").agreement().isEmpty());
  }

  @Test
  void aReplyIsAResponseToWordsAndAResponseNoReply() {
    AnaphorLexicon lex = parse("entgegnen\tREPLY\t-\t-\nablehnen\tRESPONSE\t-\t-\n");
    assertTrue(lex.response("Entgegnen"));
    assertTrue(lex.reply("entgegnen"));
    assertTrue(lex.response("ablehnen"));
    assertFalse(lex.reply("ablehnen"));
    assertFalse(lex.response("sagen"));
  }

  @Test
  void statementAdverbsAreContrastOrLikenessAndNoPronouns() {
    AnaphorLexicon lex = parse("hingegen\tCONTRAST\t-\t-\nebenso\tLIKENESS\t-\t-\n");
    assertEquals(AnaphorLexicon.Kind.CONTRAST, lex.adverb("Hingegen"));
    assertEquals(AnaphorLexicon.Kind.LIKENESS, lex.adverb("ebenso"));
    assertNull(lex.adverb("jedoch"));
    assertNull(lex.pronoun("hingegen"));
    assertFalse(lex.response("hingegen"));
    assertEquals(AnaphorLexicon.Kind.CONTRAST, AnaphorLexicon.forLanguage("de").adverb("dagegen"));
  }

  @Test
  void germanListLoads() {
    AnaphorLexicon de = AnaphorLexicon.forLanguage("de");
    assertEquals(AnaphorLexicon.Kind.IMPERSONAL, de.pronoun("man").kind());
    assertEquals(AnaphorLexicon.Kind.DEMONSTRATIVE, de.pronoun("dieser").kind());
    assertTrue(de.description("Organisation").refers().contains(ActorType.ORGANIZATION));
    assertEquals(AnaphorLexicon.Kind.POSSESSIVE, de.possessive("ihren").kind());
  }
}
