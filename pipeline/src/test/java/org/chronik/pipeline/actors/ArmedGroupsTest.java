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
 * A rebel noun without a country word belongs to the conflict of the armed groups the article names,
 * not to the place where talks are held; a place hanging on the noun still comes first, and other
 * groups keep the scene. Sentences written for this test.
 */
class ArmedGroupsTest {
  private static final ActorLinker LINKER = ActorLinker.forLanguage("de");
  private static final PartialDate DATE = PartialDate.parse("2016-03-21");

  @Test
  void rebelsTakeTheCountryOfTheNamedArmedGroupNotOfTheHostCity() {
    String talks = "Die Unterhändler der FARC sprachen in Havanna mit Vertretern aus Bogotá. In Havanna wurde bis in die Nacht verhandelt. "
        + "Die FARC legten einen neuen Vorschlag vor. Die Rebellen verlangen Sicherheitsgarantien.";
    assertEquals("COL", country(talks, "Rebellen"));
    String yemen = "In Maskat in Oman trafen sich Gesandte der Huthis. In Oman wurde über eine Waffenruhe beraten. "
        + "Die Huthis hatten zuvor Sanaa besetzt. Die Aufständischen wollen nun über Gefangene reden.";
    assertEquals("YEM", country(yemen, "Aufständischen"));
  }

  @Test
  void aPlaceOnTheNounAndOtherGroupsAreNotMoved() {
    String kurds = "Die PKK kämpft seit Jahrzehnten gegen Ankara. Die PKK gilt als Terrororganisation. Kurdische Rebellen in Syrien erobern eine Stadt.";
    assertEquals("SYR", country(kurds, "Rebellen"));
    String protest = "Die Unterhändler der FARC sprachen in Havanna. In Havanna wurde verhandelt. Die FARC legten einen Vorschlag vor. "
        + "Die Demonstranten zogen vor das Hotel.";
    assertEquals("CUB", country(protest, "Demonstranten"));
  }

  private static String country(String text, String noun) {
    Article article = Article.of("armed", DATE, text); // parsed: a place hangs on the noun by the dependency tree
    List<Mention> mentions = LINKER.apply(Pipelines.shared().upTo(Layer.SENTENCES).apply(article)).layer(Layer.MENTIONS);
    return mentions.stream().filter(m -> m.kind().equals("GROUP") && m.text().endsWith(noun)).findFirst()
        .orElseThrow(() -> new AssertionError("no group \"" + noun + "\": " + mentions)).actor().country();
  }
}
