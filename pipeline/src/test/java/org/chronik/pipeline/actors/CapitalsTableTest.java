package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.ActorType;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/**
 * Every German name of every capital of capitals.tsv in two sentences of our own: acting, it is its
 * state's government (country, GOV); after "in", a place (LOCATION), which never acts.
 */
class CapitalsTableTest {
  private static final ActorLinker LINKER = ActorLinker.forLanguage("de");

  @Test
  void everyCapitalActsForItsGovernmentAndIsAPlaceAfterIn() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (CapitalEntry capital : ActorDictionary.standard().capitals()) {
      for (String name : capital.names()) {
        checked++;
        Mention acting = mention(name + " kritisierte den Beschluss scharf.", name);
        if (acting == null || !capital.country().equals(acting.actor().country()) || !"GOV".equals(acting.actor().sector())) {
          failures.add(name + " acting: " + describe(acting));
        }
        Mention place = mention("Die Delegation traf am Montag in " + name + " ein.", name);
        if (place == null || place.actor().type() != ActorType.LOCATION || !capital.country().equals(place.actor().country())) {
          failures.add(name + " as a place: " + describe(place));
        }
      }
    }
    assertTrue(checked > 120, checked + " names");
    assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " names fail:\n" + String.join("\n", failures));
  }

  private static String describe(Mention m) {
    return m == null ? "no mention" : m.actor().name() + "/" + m.actor().type() + "/" + m.actor().country() + "/" + m.actor().sector();
  }

  private static Mention mention(String text, String name) {
    Article article = Article.of("capitals", PartialDate.parse("2024-03-01"), text);
    List<Mention> mentions = LINKER.apply(Pipelines.shared().upTo(Layer.SENTENCES).apply(article)).layer(Layer.MENTIONS);
    return mentions.stream().filter(m -> m.text().equals(name)).findFirst().orElse(null);
  }
}
