package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Mention;
import org.chronik.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * An undated article has no day on which to look up an office's holder: a bare title stands for a
 * holder of that office the article names (nearest before it, else first after it), not for today's
 * holder. Dated articles keep the holder on their date. Sentences written for this test.
 */
class NamedHoldersTest {
  private static final ActorLinker LINKER = ActorLinker.forLanguage("de");

  @Test
  void aBareTitleAfterTheNamedHolderIsThatHolder() {
    String text = "Bundeskanzler Werner Faymann reiste am Montag nach Brüssel. Dort verlangte der Kanzler eine gerechte Verteilung.";
    assertEquals("Werner Faymann", title(text, "Kanzler", null));
    String other = "In Wien sprach Werner Faymann vor Journalisten. Der Bundeskanzler kündigte neue Grenzkontrollen an.";
    assertEquals("Werner Faymann", title(other, "Bundeskanzler", null));
  }

  @Test
  void aTitleBeforeTheNamedHolderIsTheHolderNamedAfterIt() {
    String text = "Der US-Außenminister landete in Kairo. John Kerry will dort mit der Regierung über Militärhilfe reden.";
    assertEquals("John Kerry", title(text, "US-Außenminister", null));
  }

  @Test
  void aHolderOfAnotherStateOrADatedArticleDoNotCount() {
    // Kerry was never Germany's foreign minister: the German title keeps its own holder
    String text = "Außenminister John Kerry flog nach Berlin. Der deutsche Außenminister empfing ihn am Flughafen.";
    assertEquals(LINKER.dictionary().holder("DEU", "FOREIGN_MINISTER", null).orElseThrow(), title(text, "deutsche Außenminister", null));
    // a dated article: the holder on its date, whoever it names
    String dated = "Der frühere Minister John Kerry sprach in Boston. Der US-Außenminister äußerte sich nicht.";
    assertEquals("Antony Blinken", title(dated, "US-Außenminister", PartialDate.parse("2023-04-02")));
  }

  /** The actor's name of the TITLE mention whose text is {@code phrase}. */
  private static String title(String text, String phrase, PartialDate date) {
    List<Mention> mentions = LINKER.mentions(text, PlainText.sentences(text), date);
    return mentions.stream().filter(m -> m.kind().equals("TITLE") && m.text().equals(phrase)).findFirst()
        .orElseThrow(() -> new AssertionError("no title \"" + phrase + "\": " + mentions)).actor().name();
  }
}
