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
}
