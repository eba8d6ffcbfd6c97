package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.Pipelines;
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
    // Kerry was never Germany's foreign minister: the German title is Germany's office (the undated article names
    // no German holder, and today's holder would be a guess about its year: README-people.md)
    String text = "Außenminister John Kerry flog nach Berlin. Der deutsche Außenminister empfing ihn am Flughafen.";
    assertEquals("Foreign Minister of Germany", title(text, "deutsche Außenminister", null));
    // a dated article: the holder on its date, whoever it names
    String dated = "Der frühere Minister John Kerry sprach in Boston. Der US-Außenminister äußerte sich nicht.";
    assertEquals("Antony Blinken", title(dated, "US-Außenminister", PartialDate.parse("2023-04-02")));
  }

  @Test
  void aTitleCoordinatedWithAnotherOrBeforeAGenitiveIsNoNamedHolder() {
    // "Kanzler und SPÖ-Chef X" describes X, named after it; "der Präsident des Rechnungshofs" holds no state office
    String coordinated = "Wolfgang Schüssel sprach im Parlament. Der Streit um Kanzler und SPÖ-Chef Werner Faymann geht weiter.";
    assertEquals(List.of(), titles(coordinated, "Kanzler", null).stream().filter(n -> n.equals("Wolfgang Schüssel")).toList());
    String genitive = "Heinz Fischer unterschrieb das Gesetz. Kritik kam vom Präsidenten des Rechnungshofs.";
    assertEquals(List.of(), titles(genitive, "Präsidenten", null));
  }

  /** The actors' names of the TITLE mentions that begin with {@code phrase}. */
  private static List<String> titles(String text, String phrase, PartialDate date) {
    Article article = Article.of("holders", date, text); // parsed: the words after a title are read as the tagger reads them
    List<Mention> mentions = LINKER.apply(Pipelines.shared().upTo(Layer.SENTENCES).apply(article)).layer(Layer.MENTIONS);
    return mentions.stream().filter(m -> m.kind().equals("TITLE") && m.text().startsWith(phrase)).map(m -> m.actor().name()).toList();
  }

  /** The actor's name of the TITLE mention whose text is {@code phrase}. */
  private static String title(String text, String phrase, PartialDate date) {
    List<Mention> mentions = LINKER.mentions(text, PlainText.sentences(text), date);
    return mentions.stream().filter(m -> m.kind().equals("TITLE") && m.text().equals(phrase)).findFirst()
        .orElseThrow(() -> new AssertionError("no title \"" + phrase + "\": " + mentions)).actor().name();
  }
}
