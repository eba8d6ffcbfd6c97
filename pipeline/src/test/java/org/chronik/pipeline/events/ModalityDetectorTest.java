package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Modality;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Modality read from parses written by hand, so that each case is exactly the parse named (the
 * parser's labels vary with the sentence around them).
 */
class ModalityDetectorTest {
  private static final ModalityDetector DETECTOR = new ModalityDetector(ModalityCues.forLanguage("de"));

  /** "text/lemma/UPOS/head/deprel" per token; head -1 is the root. */
  private static SentenceView view(String... tokens) {
    return HandParsed.view(List.of(), (i, f, span) -> new Token(i, f[0], f[0], span, f[1], f[2], null, "O", Integer.parseInt(f[3]), f[4]), tokens);
  }

  @Test
  void pastPassiveLabelledAPlainAuxiliaryIsNoIntent() {
    SentenceView plural = view("Die/der/DET/1/det", "Firmen/Firma/NOUN/3/nsubj", "wurden/werden/AUX/3/aux",
        "enteignet/enteignen/VERB/-1/root");
    assertEquals(Modality.ASSERTED, DETECTOR.classify(plural, 3, -1));
    SentenceView singular = view("Die/der/DET/1/det", "Zeitung/Zeitung/NOUN/3/nsubj", "wurde/werden/AUX/3/aux",
        "verboten/verbieten/VERB/-1/root");
    assertEquals(Modality.ASSERTED, DETECTOR.classify(singular, 3, -1));
  }

  @Test
  void futureWithWerdenStaysIntent() {
    SentenceView s = view("Russland/Russland/PROPN/3/nsubj", "wird/werden/AUX/3/aux", "Kiew/Kiew/PROPN/3/obj",
        "angreifen/angreifen/VERB/-1/root");
    assertEquals(Modality.INTENT, DETECTOR.classify(s, 3, -1));
  }
  @Test
  void aPossibleMeetingIsNotToldAsHeld() {
    // "Ein mögliches Treffen zwischen Biden und Xi bleibt offen."
    SentenceView s = view("Ein/ein/DET/2/det", "mögliches/möglich/ADJ/2/amod", "Treffen/Treffen/NOUN/7/nsubj", "zwischen/zwischen/ADP/4/case",
        "Biden/Biden/PROPN/2/nmod", "und/und/CCONJ/6/cc", "Xi/Xi/PROPN/4/conj", "bleibt/bleiben/VERB/-1/root", "offen/offen/ADJ/7/xcomp");
    assertEquals(Modality.HYPOTHETICAL, DETECTOR.classify(s, 2, -1));
  }

  @Test
  void plannedTalksAreNotToldAsHeld() {
    // "Die geplanten Gespräche mit Kiew wurden verschoben."
    SentenceView s = view("Die/der/DET/2/det", "geplanten/geplant/ADJ/2/amod", "Gespräche/Gespräch/NOUN/6/nsubj:pass", "mit/mit/ADP/4/case",
        "Kiew/Kiew/PROPN/2/nmod", "wurden/werden/AUX/6/aux:pass", "verschoben/verschieben/VERB/-1/root");
    assertEquals(Modality.HYPOTHETICAL, DETECTOR.classify(s, 2, -1));
  }

  @Test
  void nearMissALongMeetingWasHeld() {
    // "Ein langes Treffen zwischen Biden und Xi fand statt."
    SentenceView s = view("Ein/ein/DET/2/det", "langes/lang/ADJ/2/amod", "Treffen/Treffen/NOUN/7/nsubj", "zwischen/zwischen/ADP/4/case",
        "Biden/Biden/PROPN/2/nmod", "und/und/CCONJ/6/cc", "Xi/Xi/PROPN/4/conj", "fand/finden/VERB/-1/root", "statt/statt/ADP/7/compound:prt");
    assertEquals(Modality.ASSERTED, DETECTOR.classify(s, 2, -1));
  }
}
