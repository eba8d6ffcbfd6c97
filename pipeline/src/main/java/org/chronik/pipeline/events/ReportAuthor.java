package org.chronik.pipeline.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * The author of a press report an answer is about, named before it: "Die New York Times berichtete über
 * geheime Gefängnisse. … Die Regierung wies den Bericht zurück" is aimed at the newspaper. The report is a
 * definite noun listed {@code REPORT} in {@code lang/<iso>/events/act-words.tsv} ("Bericht", "Meldung")
 * naming no actor of its own, heading a target phrase of an answer (its {@code ANSWER} roots); its author
 * is the one news organisation (sector {@code MED}, with a country) the article named before it, else the
 * one named in its own sentence before it or in the {@link #BACK} sentences before. Two media in reach
 * give none. Read by {@link ImplicitTarget}.
 */
final class ReportAuthor {
  /** How many sentences back a medium counts when the article named more than one before. */
  static final int BACK = 2;
  private static final String MEDIA = "MED";

  private ReportAuthor() {}

  /** The medium whose report one of the target phrases re-mentions, or null. */
  static Arg of(ThingPhrases things, String code, List<ActorRef> sources) {
    SentenceView s = things.sentence();
    Anaphora anaphora = things.anaphora();
    ActWords words = things.words();
    if (!words.answers(code)) {
      return null;
    }
    for (int h : things.heads()) {
      if (!s.upos(h).equals("NOUN") || !words.report(s.lemma(h)) || !anaphora.definite(s, h)) {
        continue;
      }
      ActorRef medium = medium(s, h, anaphora);
      if (medium != null && sources.stream().noneMatch(x -> x.sector() != null && x.sector().equals(MEDIA) || Sides.same(x, medium))) {
        return new Arg(medium, -1, ArgumentSource.ANTECEDENT);
      }
    }
    return null;
  }

  /** The one medium named before the report noun at {@code noun} in the article, else in reach; null if none or two. */
  private static ActorRef medium(SentenceView s, int noun, Anaphora anaphora) {
    Map<String, ActorRef> all = new LinkedHashMap<>();
    Map<String, ActorRef> near = new LinkedHashMap<>();
    int index = s.sentence.index();
    for (int k = 0; k <= index; k++) {
      SentenceView v = k == index ? s : anaphora.sentence(k);
      for (int t = 0; v != null && t < (k == index ? noun : v.size()); t++) {
        Mention m = v.anyMention(t);
        ActorRef a = m == null ? null : m.actor();
        if (a != null && MEDIA.equals(a.sector()) && a.type() == ActorType.ORGANIZATION && a.country() != null) {
          all.put(a.id(), a);
          if (k >= index - BACK) {
            near.put(a.id(), a);
          }
        }
      }
    }
    return all.size() == 1 ? all.values().iterator().next() : near.size() == 1 ? near.values().iterator().next() : null;
  }
}
