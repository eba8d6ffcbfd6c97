package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/** An unknown name and the organisation named right after it (Affiliation); sentences written for this test. */
class AffiliationTest {
  private static final ActorLinker LINKER = ActorLinker.forLanguage("de");

  @Test
  void theOrganisationRightAfterTheNameGivesCountrySectorAndItsSource() {
    Mention m = mention("Das sei unhaltbar, sagte Lena Okafor von Human Rights Watch.", "Lena Okafor");
    assertEquals("USA", m.actor().country());
    assertEquals("NGO", m.actor().sector());
    assertEquals("membership: von Human Rights Watch", m.attributeSource());
    Mention reporter = mention("Tomás Ibarra vom Sender RTVE berichtete aus Teheran.", "Tomás Ibarra");
    assertEquals("ESP", reporter.actor().country());
    assertEquals("MED", reporter.actor().sector());
  }

  @Test
  void aMemberOfAnIntergovernmentalBodyIsAnIgoOfficialWhateverTheBodysSector() {
    Mention m = mention("Kofi Mensah von der Unmiss forderte mehr Wasser für das Lager.", "Kofi Mensah");
    assertEquals("IGO.UN", m.actor().country());
    assertEquals("IGO", m.actor().sector(), "the mission itself is MIL; its officials are IGO");
  }

  @Test
  void anOrganisationFurtherOnIsNoMembership() {
    assertNull(mention("Lena Okafor wurde von der Hamas entführt.", "Lena Okafor").actor().country());
    assertNull(mention("Die Regierung erhielt einen Brief von Lena Okafor.", "Lena Okafor").actor().country());
  }

  @Test
  void aTitlePhraseDescribesOnlyTheNameRightAfterItsComma() {
    Mention m = mention("Der Direktor des BBC World Service, Helen Marsh, kündigte Kürzungen an.", "Helen Marsh");
    assertEquals("GBR", m.actor().country());
    assertEquals("membership: Direktor des BBC World Service", m.attributeSource());
    assertNull(mention("Der Direktor des BBC World Service lobte das Programm, Helen Marsh kritisierte es.", "Helen Marsh").actor().country());
  }

  private static Mention mention(String text, String name) {
    Article article = Article.of("affiliation", PartialDate.parse("2023-04-20"), text);
    List<Mention> mentions = LINKER.apply(Pipelines.shared().upTo(Layer.SENTENCES).apply(article)).layer(Layer.MENTIONS);
    return mentions.stream().filter(m -> m.text().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention of " + name + " in: " + text + " " + mentions.stream().map(Mention::text).toList()));
  }
}
