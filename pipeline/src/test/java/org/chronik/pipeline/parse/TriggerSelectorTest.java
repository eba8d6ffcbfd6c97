package org.chronik.pipeline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.attribution.AttributionLexicon;
import org.chronik.pipeline.events.Codebook;
import org.chronik.pipeline.events.EventLexicon;
import org.chronik.pipeline.lemma.Lemmatizer;
import org.chronik.pipeline.quotes.QuoteLexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The selector on hand-tagged sentences (no CoreNLP): a speech verb whose cue counts only with a
 * given subject ({@code heißen if=subj:es} in the quote lexicon) chooses its sentence only when that
 * word is in it.
 */
class TriggerSelectorTest {
  private static TriggerSelector selector;

  @BeforeAll
  static void load() {
    QuoteLexicon quotes = QuoteLexicon.forLanguage("de");
    selector = new TriggerSelector(Lemmatizer.german(), EventLexicon.forLanguage("de", Codebook.cameo()), quotes,
        AttributionLexicon.forLanguage("de", quotes.morphology()));
  }

  /** One sentence from "word/UPOS" pairs separated by spaces. */
  private static BitSet select(String tagged) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String pair : tagged.split(" ")) {
      int slash = pair.lastIndexOf('/');
      String word = pair.substring(0, slash);
      if (text.length() > 0) {
        text.append(' ');
      }
      Span span = new Span(text.length(), text.length() + word.length());
      text.append(word);
      tokens.add(new Token(tokens.size(), word, word, span, null, pair.substring(slash + 1), null, "O", -1, "dep"));
    }
    Sentence sentence = new Sentence(0, new Span(0, text.length()), tokens);
    return selector.select(text.toString(), List.of(sentence));
  }

  @Test
  void anImpersonalHeissenWithEsIsAQuoteCue() {
    assertEquals(BitSet.valueOf(new long[] {1}),
        select("Die/DET Gespräche/NOUN seien/AUX vertagt/VERB ,/PUNCT hieß/VERB es/PRON aus/ADP dem/DET Rathaus/NOUN ./PUNCT"));
    assertEquals(BitSet.valueOf(new long[] {1}),
        select("Es/PRON heißt/VERB ,/PUNCT der/DET Minister/NOUN trete/VERB zurück/ADP ./PUNCT"));
  }

  @Test
  void heissenWithAnotherSubjectIsNoCue() {
    assertEquals(new BitSet(),
        select("Der/DET neue/ADJ Bahnhof/NOUN heißt/VERB Berlin/PROPN Ostkreuz/PROPN ./PUNCT"));
    assertEquals(new BitSet(),
        select("Seine/DET Tochter/NOUN hieß/VERB Anna/PROPN ./PUNCT"));
  }

  @Test
  void anAnaphorIsNotPiecedTogetherFromWordsThatAreNoVerb() {
    // "demnach" is a cue; "dem" and "nach" apart are none (a particle joins a verb only)
    assertEquals(new BitSet(),
        select("Nach/ADP dem/DET Konzert/NOUN blieb/VERB der/DET Saal/NOUN noch/ADV lange/ADV voll/ADJ ./PUNCT"));
    assertEquals(new BitSet(),
        select("Vor/ADP dem/DET Rathaus/NOUN wuchs/VERB nach/ADP Jahren/NOUN wieder/ADV eine/DET Linde/NOUN ./PUNCT"));
    assertEquals(BitSet.valueOf(new long[] {1}),
        select("Demnach/ADV soll/AUX der/DET Tunnel/NOUN im/ADP Mai/PROPN öffnen/VERB ./PUNCT"));
    assertEquals(BitSet.valueOf(new long[] {1}),
        select("Der/DET Tunnel/NOUN soll/AUX demnach/ADV im/ADP Mai/PROPN öffnen/VERB ./PUNCT"));
  }

  @Test
  void aSpeechVerbWithoutConditionNeedsNoSubjectWord() {
    assertEquals(BitSet.valueOf(new long[] {1}),
        select("Der/DET Sprecher/NOUN sagte/VERB ,/PUNCT der/DET Zug/NOUN komme/VERB später/ADV ./PUNCT"));
  }
}
