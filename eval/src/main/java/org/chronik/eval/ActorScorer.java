package org.chronik.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chronik.eval.GoldDocument.GoldActor;
import org.chronik.model.Actor;

/**
 * Actors: a system actor matches a gold actor when its canonical name equals the name or an alias
 * (case, accents and hyphens folded). Recall over required gold actors; precision over the system's
 * distinct actors (by folded name) of any gold actor type; attribute accuracy over matched system
 * actors whose gold item gives a country or a sector.
 */
public final class ActorScorer {
  private ActorScorer() {}

  public static LayerScore score(List<GoldActor> gold, List<Actor> system, String body) {
    Map<String, Actor> distinct = new LinkedHashMap<>();
    for (Actor actor : system) {
      if (actor.ref() != null && actor.ref().type() != null && actor.name() != null) {
        distinct.putIfAbsent(Names.fold(actor.name()), actor);
      }
    }
    int correct = 0;
    int checked = 0;
    int agreeing = 0;
    List<String> unmatched = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    boolean[] found = new boolean[gold.size()];
    for (Actor actor : distinct.values()) {
      GoldActor first = null;
      for (int g = 0; g < gold.size(); g++) {
        if (gold.get(g).isNamed(actor.name())) {
          found[g] = true;
          first = first == null ? gold.get(g) : first;
        }
      }
      if (first == null) {
        String at = actor.mentions().isEmpty() ? "" : " at " + Excerpt.of(body, actor.mentions().get(0));
        unmatched.add(actor.name() + " (" + actor.ref().type() + ", " + actor.ref().country() + ")" + at);
        continue;
      }
      correct++;
      if (first.country() != null || first.sector() != null) {
        checked++;
        boolean countryOk = first.country() == null || first.country().equalsIgnoreCase(Objects.toString(actor.ref().country(), ""));
        boolean sectorOk = first.sector() == null || first.sector().equalsIgnoreCase(Objects.toString(actor.ref().sector(), ""));
        if (countryOk && sectorOk) {
          agreeing++;
        } else {
          wrong.add(actor.name() + ": " + actor.ref().country() + "/" + actor.ref().sector()
              + ", gold " + first.country() + "/" + first.sector());
        }
      }
    }
    RequiredRecall recall = RequiredRecall.of(gold, GoldActor::required, g -> found[g], g -> g.name() + " (" + g.type() + ")");
    return new LayerScore(new Counts(distinct.size(), correct, recall.required(), recall.found(), checked, agreeing), recall.missed(),
        unmatched, wrong);
  }
}
