package org.chronik.pipeline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.lemma.Lemmatizer;
import org.junit.jupiter.api.Test;

/** A past-tense form that is also an inflected participle after a sentence's opening subject ({@link VerbAfterSubject}) or closing a verbless subordinate clause ({@link VerbClosingClause}). */
class VerbAfterSubjectTest {
  private static Set<Integer> found(String words, String tags) {
    return TaggedTokens.germanVerbs().find(Arrays.asList(words.split(" ")), Arrays.asList(tags.split(" ")));
  }

  @Test
  void readsTheFormAfterTheOpeningSubjectAsTheVerb() {
    assertEquals(Set.of(3), found("Die ägyptischen Gerichte belangten zwei Blogger wegen Beleidigung .", "DET ADJ NOUN ADJ NUM NOUN ADP NOUN PUNCT"));
    assertEquals(Set.of(2), found("Kubas Regierung zerstreute Zweifel an der Reform .", "PROPN NOUN ADJ NOUN ADP DET NOUN PUNCT"));
    assertEquals(Set.of(1), found("Beobachter dokumentierten Verstöße in vier Provinzen , die Behörden schwiegen .", "NOUN ADJ NOUN ADP NUM NOUN PUNCT DET NOUN VERB PUNCT"));
    assertEquals(Set.of(1), found("Niemand verhörte ihn danach .", "PRON ADJ PRON ADV PUNCT"));
  }

  @Test
  void leavesAttributesAlone() {
    assertEquals(Set.of(), found("Die zerstreute Menge zog langsam ab .", "DET ADJ NOUN VERB ADV ADP PUNCT"));
    assertEquals(Set.of(), found("Der belangte Beamte schwieg vor Gericht .", "DET ADJ NOUN VERB ADP NOUN PUNCT"));
    // a verb in the clause: the form is an attribute of the phrase after it
    assertEquals(Set.of(), found("Die Polizei befragte verletzte Demonstranten .", "DET NOUN VERB ADJ NOUN PUNCT"));
    assertEquals(Set.of(), found("Ägyptens verstärkte Präsenz beunruhigt die Nachbarn .", "PROPN ADJ NOUN VERB DET NOUN PUNCT"));
    // a genitive alone opens a noun phrase, no clause
    assertEquals(Set.of(), found("Russlands verstärkte Präsenz an der Grenze", "PROPN ADJ NOUN ADP DET NOUN"));
    // a phrase with a preposition before the form: an attribute ("die von den USA verhängten Strafen")
    assertEquals(Set.of(), found("Aufhebung der von Washington verhängten Strafen", "NOUN DET ADP PROPN ADJ NOUN"));
  }

  @Test
  void theRepairedVerbHeadsItsClause() {
    // the parser hung the verb on the object as an attribute and made the subject the root
    List<Token> out = TaggedTokens.repaired("Kubas/Kuba/PROPN/-/1/nmod Regierung/Regierung/NOUN/-/-1/root "
        + "zerstreute/zerstreut/ADJ/-/3/amod Zweifel/Zweifel/NOUN/-/1/nmod an/an/ADP/-/6/case der/der/DET/-/6/det Reform/Reform/NOUN/-/3/nmod ././PUNCT/-/1/punct");
    assertEquals("VERB", out.get(2).upos());
    assertEquals("zerstreuen", out.get(2).lemma());
    assertEquals(-1, out.get(2).head());
    assertEquals("nsubj", out.get(1).deprel());
    assertEquals("obj", out.get(3).deprel());
  }

  @Test
  void theParseSelectorReadsItAsAVerb() {
    Lemmatizer lemmatizer = Lemmatizer.german();
    List<Token> tokens = TaggedTokens.of("Die/der/DET/-/-1/dep Gerichte/Gericht/NOUN/-/-1/dep belangten/belangt/ADJ/-/-1/dep zwei/zwei/NUM/-/-1/dep "
        + "Blogger/Blogger/NOUN/-/-1/dep ././PUNCT/-/-1/dep");
    TaggedSentence words = TaggedSentence.of(new Sentence(0, new Span(0, 60), tokens), lemmatizer, TaggedTokens.germanVerbs());
    assertEquals("VERB", words.upos(2));
    assertEquals("belangen", words.lemma(2));
  }

  @Test
  void readsTheFormClosingAVerblessSubordinateClauseAsTheVerb() {
    assertEquals(Set.of(13), found("Die Lage spitzte sich zu , als die Behörden am Abend den Notstand erklärten .",
        "DET NOUN VERB PRON ADP PUNCT SCONJ DET NOUN ADP NOUN DET NOUN ADJ PUNCT"));
    assertEquals(Set.of(8), found("Es gab Kundgebungen , an denen sich Tausende beteiligten .", "PRON VERB NOUN PUNCT ADP PRON PRON NOUN ADJ PUNCT"));
    assertEquals(Set.of(7), found("Gewählt wurden Abgeordnete , die die Verfassung verletzten", "VERB AUX NOUN PUNCT PRON DET NOUN ADJ"));
  }

  @Test
  void leavesAnAttributeBeforeACommaAlone() {
    // a list of attributes before their noun
    assertEquals(Set.of(), found("Er sagte , dass der 2012 veröffentlichten , kritischen Studie niemand glaubte .",
        "PRON VERB PUNCT SCONJ DET NUM ADJ PUNCT ADJ NOUN PRON VERB PUNCT"));
    // a clause with its verb: the form is an attribute
    assertEquals(Set.of(), found("Sie fragten , ob die gewählten Abgeordneten kommen .", "PRON VERB PUNCT SCONJ DET ADJ NOUN VERB PUNCT"));
    // a main clause after the comma, no subordinate clause
    assertEquals(Set.of(), found("Er kam spät , danach nur zerstreute .", "PRON VERB ADV PUNCT ADV ADV ADJ PUNCT"));
  }
}
