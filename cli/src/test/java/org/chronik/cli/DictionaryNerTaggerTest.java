package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.chronik.eval.ner.EntitySpan;
import org.chronik.eval.ner.NerTags;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/** The offset mapping alone, on hand-built documents (no CoreNLP). */
class DictionaryNerTaggerTest {

  /** A parsed document over the tokens joined with spaces; parsed tokens = given tokens unless split differently by the caller. */
  private static AnnotatedDocument doc(List<String> tokens, List<String> ner, List<Mention> mentions) {
    String text = String.join(" ", tokens);
    List<Span> spans = DictionaryNerTagger.spans(tokens);
    List<Token> parsed = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      parsed.add(new Token(i, tokens.get(i), tokens.get(i), spans.get(i), null, null, null, ner.get(i), -1, "root"));
    }
    return AnnotatedDocument.of(Article.of("t", null, text))
        .with(Layer.SENTENCES, List.of(new Sentence(0, new Span(0, text.length()), parsed)))
        .with(Layer.MENTIONS, mentions);
  }

  private static Mention mention(String text, List<String> tokens, int from, int to, ActorType type, String kind) {
    List<Span> spans = DictionaryNerTagger.spans(tokens);
    Span span = new Span(spans.get(from).begin(), spans.get(to - 1).end());
    return new Mention(span, span.of(text), new ActorRef("x", "X", type, null, null, null), kind, "test");
  }

  @Test
  void spansPointAtTheTokensInTheJoinedText() {
    List<String> tokens = List.of("Am", "Ufer", "stand", "ein", "Reh", ".");
    String text = String.join(" ", tokens);
    List<Span> spans = DictionaryNerTagger.spans(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      assertEquals(tokens.get(i), spans.get(i).of(text));
    }
  }

  @Test
  void mentionsGiveTheirTypeAndTheRestKeepsTheTaggerTag() {
    List<String> tokens = List.of("Die", "Nordwerft", "AG", "lud", "Greta", "Holm", "nach", "Tromsø", "ein", ".");
    String text = String.join(" ", tokens);
    List<String> ner = List.of("O", "ORG", "O", "O", "O", "PER", "O", "LOC", "O", "O");
    List<Mention> mentions = List.of(
        mention(text, tokens, 1, 3, ActorType.ORGANIZATION, "NAME"),
        mention(text, tokens, 4, 6, ActorType.PERSON, "ALIAS"));
    List<String> tags = DictionaryNerTagger.tags(DictionaryNerTagger.spans(tokens), doc(tokens, ner, mentions));
    assertEquals(List.of("O", "B-ORG", "ORG", "O", "B-PER", "PER", "O", "LOC", "O", "O"), tags);
  }

  @Test
  void adjectivesPronounsAndTitlesAreNotNamesAndGroupsLeaveTheTaggerTag() {
    List<String> tokens = List.of("Der", "finnische", "Minister", "lobte", "die", "Rebellen", "und", "sie", "ihn", ".");
    String text = String.join(" ", tokens);
    List<String> ner = List.of("O", "O", "O", "O", "O", "ORG", "O", "O", "O", "O");
    List<Mention> mentions = List.of(
        mention(text, tokens, 1, 2, ActorType.COUNTRY, "ADJECTIVE"),
        mention(text, tokens, 2, 3, ActorType.PERSON, "TITLE"),
        mention(text, tokens, 5, 6, ActorType.GROUP, "NAME"),
        mention(text, tokens, 7, 8, ActorType.ORGANIZATION, "PRONOUN"),
        mention(text, tokens, 8, 9, ActorType.PERSON, "PRONOUN"));
    List<String> tags = DictionaryNerTagger.tags(DictionaryNerTagger.spans(tokens), doc(tokens, ner, mentions));
    assertEquals(List.of("O", "O", "O", "O", "O", "ORG", "O", "O", "O", "O"), tags);
  }

  @Test
  void tokensUnderTaggerMentionsKeepTheTaggerTypeAndNamesInsideCompoundsAreParts() {
    List<String> tokens = List.of("Vor", "der", "NZ-Botschaft", "in", "Lagos", "standen", "Leute", ".");
    String text = String.join(" ", tokens);
    List<String> ner = List.of("O", "O", "O", "O", "LOC", "O", "O", "O");
    List<Span> spans = DictionaryNerTagger.spans(tokens);
    ActorRef newZealand = new ActorRef("NZL", "New Zealand", ActorType.COUNTRY, "NZL", null, null);
    List<Mention> mentions = List.of(
        // "NZ" alone, the first two letters of the compound token
        new Mention(new Span(spans.get(2).begin(), spans.get(2).begin() + 2), "NZ", newZealand, "NAME", "test"),
        // the linker's candidate from the tagger's LOC, typed as an organization
        mention(text, tokens, 4, 5, ActorType.ORGANIZATION, "NER"));
    List<String> tags = DictionaryNerTagger.tags(spans, doc(tokens, ner, mentions));
    assertEquals(List.of("O", "O", "O", "O", "LOC", "O", "O", "O"), tags);
  }

  @Test
  void germEvalsConventionsTagCountryAdjectivesDerivAndNamesInsideCompoundsPart() {
    List<String> tokens = List.of("Die", "finnische", "Regierung", "lobte", "die", "NZ-Botschaft", "in", "Lagos", ".");
    String text = String.join(" ", tokens);
    List<String> ner = List.of("O", "MISC", "O", "O", "O", "O", "O", "LOC", "O");
    List<Span> spans = DictionaryNerTagger.spans(tokens);
    ActorRef newZealand = new ActorRef("NZL", "New Zealand", ActorType.COUNTRY, "NZL", null, null);
    List<Mention> mentions = List.of(
        mention(text, tokens, 1, 2, ActorType.COUNTRY, "ADJECTIVE"),
        mention(text, tokens, 1, 3, ActorType.ORGANIZATION, "GROUP"),
        new Mention(new Span(spans.get(5).begin(), spans.get(5).begin() + 2), "NZ", newZealand, "NAME", "test"),
        mention(text, tokens, 7, 8, ActorType.LOCATION, "NAME"));
    var doc = doc(tokens, ner, mentions);
    List<String> tags = DictionaryNerTagger.derivAndPart(spans, doc, DictionaryNerTagger.tags(spans, doc));
    assertEquals(List.of("O", "B-LOCderiv", "O", "O", "O", "B-LOCpart", "O", "B-LOC", "O"), tags);
    // near miss: the project's conventions leave both as O
    assertEquals(List.of("O", "MISC", "O", "O", "O", "O", "O", "B-LOC", "O"), DictionaryNerTagger.tags(spans, doc));
  }

  @Test
  void aMentionJoinsTheTaggerNameItExtendsButNotALongerNameOfAnotherType() {
    List<String> tokens = List.of("Ilse", "Brandt", "verlässt", "die", "Nordbank", "Island", ".");
    String text = String.join(" ", tokens);
    // the tagger missed the surname; it saw the bank's name whole
    List<String> ner = List.of("PER", "O", "O", "O", "ORG", "ORG", "O");
    List<Mention> mentions = List.of(
        mention(text, tokens, 1, 2, ActorType.PERSON, "NAME"),
        mention(text, tokens, 5, 6, ActorType.COUNTRY, "NAME"));
    List<String> tags = DictionaryNerTagger.tags(DictionaryNerTagger.spans(tokens), doc(tokens, ner, mentions));
    assertEquals(List.of(new EntitySpan(0, 0, 2, "PER"), new EntitySpan(0, 4, 6, "ORG")), NerTags.standard().predicted(0, tags));
  }

  @Test
  void adjacentMentionsOfOneTypeStayTwoEntitiesWhenScored() {
    List<String> tokens = List.of("Zwischen", "Chile", "Peru", "liegt", "nichts", ".");
    String text = String.join(" ", tokens);
    List<String> ner = List.of("O", "LOC", "LOC", "O", "O", "O");
    List<Mention> mentions = List.of(
        mention(text, tokens, 1, 2, ActorType.COUNTRY, "NAME"),
        mention(text, tokens, 2, 3, ActorType.COUNTRY, "NAME"));
    List<String> tags = DictionaryNerTagger.tags(DictionaryNerTagger.spans(tokens), doc(tokens, ner, mentions));
    assertEquals(List.of("O", "B-LOC", "B-LOC", "O", "O", "O"), tags);
    assertEquals(List.of(new EntitySpan(0, 1, 2, "LOC"), new EntitySpan(0, 2, 3, "LOC")), NerTags.standard().predicted(0, tags));
  }

  @Test
  void aTokenTheParserSplitTakesTheTagOfAnyPieceThatHasOne() {
    List<String> tokens = List.of("Bahn", "nach", "Ost-Kappeln", ".");
    String text = String.join(" ", tokens);
    // the parser cut the corpus token "Ost-Kappeln" into three pieces; only the last is tagged
    List<Token> parsed = List.of(
        new Token(0, "Bahn", "Bahn", new Span(0, 4), null, null, null, "O", -1, "root"),
        new Token(1, "nach", "nach", new Span(5, 9), null, null, null, "O", 0, "case"),
        new Token(2, "Ost", "Ost", new Span(10, 13), null, null, null, "O", 0, "nmod"),
        new Token(3, "-", "-", new Span(13, 14), null, null, null, "O", 2, "punct"),
        new Token(4, "Kappeln", "Kappeln", new Span(14, 21), null, null, null, "LOC", 2, "flat"),
        new Token(5, ".", ".", new Span(22, 23), null, null, null, "O", 0, "punct"));
    AnnotatedDocument doc = AnnotatedDocument.of(Article.of("t", null, text))
        .with(Layer.SENTENCES, List.of(new Sentence(0, new Span(0, text.length()), parsed)));
    assertEquals(List.of("O", "O", "LOC", "O"), DictionaryNerTagger.tags(DictionaryNerTagger.spans(tokens), doc));
  }
}
