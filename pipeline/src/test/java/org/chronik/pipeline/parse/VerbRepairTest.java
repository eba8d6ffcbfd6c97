package org.chronik.pipeline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.lemma.Lemmatizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VerbRepairTest {
  private static MistaggedVerbs verbs;
  private static VerbRepair repair;

  @BeforeAll
  static void load() {
    verbs = TaggedTokens.germanVerbs();
    repair = TaggedTokens.germanRepair();
  }

  /** Tokens written "word/UPOS/head/relation", separated by spaces. */
  private static Sentence sentence(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String item : tagged.split(" ")) {
      String[] f = item.split("/");
      tokens.add(new Token(tokens.size(), f[0], f[0], new Span(at, at + f[0].length()), f[0], f[1], null, "O", Integer.parseInt(f[2]), f[3]));
      at += f[0].length() + 1;
    }
    return new Sentence(0, new Span(0, at), tokens);
  }

  private static Set<Integer> found(String words, String tags) {
    return verbs.find(Arrays.asList(words.split(" ")), Arrays.asList(tags.split(" ")));
  }

  @Test
  void findsFiniteVerbsTaggedAsAdjectivesOrNouns() {
    assertEquals(Set.of(1), found("Danach befahl der Minister den Rückzug .", "ADV ADJ DET NOUN DET NOUN PUNCT"));
    assertEquals(Set.of(5), found("Die Armee zog ab und riss dabei die Brücke ein .", "DET NOUN VERB ADP CCONJ NOUN ADV DET NOUN ADP PUNCT"));
    // a participle form before "sich" or an article
    assertEquals(Set.of(2), found("Am Abend versammelten sich Tausende vor dem Parlament .", "ADP NOUN ADJ PRON NOUN ADP DET NOUN PUNCT"));
    assertEquals(Set.of(3), found("Die meisten Schäden registrierte die Polizei im Zentrum .", "DET ADJ NOUN ADJ DET NOUN ADP NOUN PUNCT"));
    assertEquals(Set.of(2), found("Die Bauern lehnten den Vorschlag ab .", "DET NOUN ADJ DET NOUN ADP PUNCT"));
  }

  @Test
  void leavesAttributesAdverbsAndInfinitivesAlone() {
    assertEquals(Set.of(), found("Die versammelten Gäste applaudierten .", "DET ADJ NOUN VERB PUNCT"));
    assertEquals(Set.of(), found("Man hat die Abgeordneten zu bekannten Fällen befragt .", "PRON AUX DET NOUN ADP ADJ NOUN VERB PUNCT"));
    // a form that is also an infinitive may belong to a verb cluster
    assertEquals(Set.of(), found("Die Bauern lehnen den Vorschlag ab .", "DET NOUN ADJ DET NOUN ADP PUNCT"));
    assertEquals(Set.of(), found("Er will sich nicht einschüchtern lassen .", "PRON VERB PRON ADV ADJ VERB PUNCT"));
    assertEquals(Set.of(), found("Die Lage ist schlicht eine Katastrophe .", "DET NOUN AUX ADJ DET NOUN PUNCT"));
    assertEquals(Set.of(), found("Es gibt viel zu lesen .", "PRON VERB ADV ADP ADJ PUNCT"));
    assertEquals(Set.of(), found("( APA / red )", "PUNCT PROPN PUNCT PROPN PUNCT"));
  }

  @Test
  void makesTheVerbTheRootWithSubjectAndObject() {
    // the parser hung "befahl" on "Minister" and made the minister the root
    Sentence parsed = sentence("Danach/ADV/3/advmod befahl/ADJ/3/amod der/DET/3/det Minister/NOUN/-1/root den/DET/5/det Rückzug/NOUN/3/nmod ./PUNCT/3/punct");
    List<Token> out = repair.repair(parsed).tokens();
    assertEquals("VERB", out.get(1).upos());
    assertEquals("befehlen", out.get(1).lemma());
    assertEquals("VER:3:SIN:PRT:NON", out.get(1).xpos());
    assertEquals(-1, out.get(1).head());
    assertEquals(1, out.get(3).head());
    assertEquals("nsubj", out.get(3).deprel());
    assertEquals("obj", out.get(5).deprel());
    assertEquals(1, out.get(0).head());
  }

  @Test
  void subjectAgreesInNumberWithTheVerb() {
    Sentence parsed = sentence("Die/DET/1/det Schäden/NOUN/-1/root registrierte/ADJ/1/amod die/DET/4/det Feuerwehr/NOUN/1/nsubj ./PUNCT/1/punct");
    List<Token> out = repair.repair(parsed).tokens();
    assertEquals(-1, out.get(2).head());
    assertEquals("nsubj", out.get(4).deprel(), "singular verb, plural Schäden: the fire brigade is the subject");
    assertEquals("obj", out.get(1).deprel());
  }

  @Test
  void joinsTheParticleAtTheClauseEnd() {
    Sentence parsed = sentence("Die/DET/1/det Bauern/NOUN/-1/root lehnten/ADJ/1/amod den/DET/4/det Vorschlag/NOUN/1/obj ab/ADP/1/dep ./PUNCT/1/punct");
    List<Token> out = repair.repair(parsed).tokens();
    assertEquals("ablehnen", out.get(2).lemma());
    assertEquals("compound:prt", out.get(5).deprel());
    assertEquals("nsubj", out.get(1).deprel());
    assertEquals("obj", out.get(4).deprel());
  }

  @Test
  void theParseSelectorReadsAMisreadVerbAsAVerb() {
    Lemmatizer lemmatizer = Lemmatizer.german();
    TaggedSentence misread = TaggedSentence.of(sentence("Danach/ADV/-1/dep kündigte/ADJ/-1/dep die/DET/-1/dep Regierung/NOUN/-1/dep Wahlen/NOUN/-1/dep an/ADP/-1/dep ./PUNCT/-1/dep"), lemmatizer, verbs);
    assertEquals("VERB", misread.upos(1));
    assertEquals("kündigen", misread.lemma(1));
    TaggedSentence attribute = TaggedSentence.of(sentence("Die/DET/-1/dep versammelten/ADJ/-1/dep Gäste/NOUN/-1/dep applaudierten/VERB/-1/dep ./PUNCT/-1/dep"), lemmatizer, verbs);
    assertEquals("ADJ", attribute.upos(1));
  }

  @Test
  void keepsASentenceWithoutMisreadVerbs() {
    Sentence parsed = sentence("Die/DET/2/det versammelten/ADJ/2/amod Gäste/NOUN/3/nsubj applaudierten/VERB/-1/root ./PUNCT/3/punct");
    assertSame(parsed, repair.repair(parsed));
  }
}
