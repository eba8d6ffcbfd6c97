package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.chronik.model.Span;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * Who acts in the scene: the actors the last sentences named as the agent of an act (the subject of
 * an act verb, the owner of an act noun), whether or not that act was coded. An agentless act that
 * needs an agent ("Dabei wurden zehn Kämpfer getötet", "Israel wurde aufgefordert, …") takes the
 * one side acting in the nearest sentence before it, by the convention of lang/de/events/README.md
 * "Who acts in the scene": within {@link Discourse.Reach}, of a sector the act's class allows
 * (codebooks/implicit-actors.tsv, column scene), in the same reported speech or both outside any,
 * never a news medium or a reporter, never the act's other side. One per document.
 */
final class SceneActors {
  private static final String MEDIA = "MED";
  private static final Set<String> ANY = Set.of("*");

  /** An actor that acted, where: its sentence, the act's trigger word and the quotation the actor stands in (-1: none). */
  private record Player(int sentence, int act, ActorRef actor, int quote) {}

  private final List<Player> players = new ArrayList<>();
  private final List<Quote> quotes;

  SceneActors(List<Quote> quotes) {
    this.quotes = quotes;
  }

  /** Records the agents a sentence names for an act (named, or a pronoun resolved); taken ones are no new player. */
  void acted(SentenceView s, int trigger, List<Arg> sources) {
    for (Arg a : sources) {
      boolean named = a.token() >= 0 && a.from() != ArgumentSource.ANTECEDENT && a.from() != ArgumentSource.IMPLICIT;
      if (named && a.actor().country() != null && !MEDIA.equals(a.actor().sector())) {
        players.add(new Player(s.sentence.index(), trigger, a.actor(), quote(s.token(a.token()).span())));
      }
    }
  }

  /**
   * The agent of an act at {@code trigger} that names none: the one side among the fitting actors of
   * the nearest earlier sentence within reach that has any, if it may act on the targets; null when
   * there is none, or two sides.
   */
  Discourse.Antecedent agent(SentenceView s, int trigger, Discourse.Reach reach, Set<String> sectors, List<ActorRef> targets) {
    Player agent = nearest(s, trigger, reach, sectors, targets);
    return agent == null || !Discourse.against(agent.actor(), targets) ? null : new Discourse.Antecedent(agent.actor(), null);
  }

  /**
   * The one an answer at {@code trigger} that names no target answers ("Y entgegnete, …"): the one
   * side that acted in the nearest earlier sentence within reach, other than the answering sources'.
   */
  ActorRef addressee(SentenceView s, int trigger, Discourse.Reach reach, List<ActorRef> sources) {
    Player p = nearest(s, trigger, reach, ANY, sources);
    return p == null ? null : p.actor();
  }

  /**
   * The one side among the actors of the fitting sectors that acted in the nearest earlier sentence
   * within reach and in the same paragraph (a new paragraph sets a new scene), outside reported speech, passing over those of {@code other}'s side; null when that
   * sentence names two, or when one of {@code other} acted together with it there ("X und Y forderten …").
   */
  private Player nearest(SentenceView s, int trigger, Discourse.Reach reach, Set<String> sectors, List<ActorRef> other) {
    int now = s.sentence.index();
    if (quote(s.token(trigger).span()) >= 0) {
      return null; // in reported speech the speaker's words name who acts ("wir"), not the scene
    }
    Player one = null;
    List<Player> passed = new ArrayList<>();
    for (int k = players.size() - 1; k >= 0; k--) {
      Player p = players.get(k);
      if (p.sentence() >= now || p.sentence() < reach.paragraphStart() || !reach.covers(p.sentence(), now) || p.quote() >= 0 || one != null && p.sentence() < one.sentence()
          || !fits(p.actor(), sectors)) {
        continue;
      }
      if (other.stream().anyMatch(t -> Sides.same(t, p.actor()))) {
        passed.add(p); // the act's other side: passed over, but remembered
        continue;
      }
      if (one != null && !Sides.same(one.actor(), p.actor())) {
        return null; // two sides acted there: the sentence does not say which one acts now
      }
      one = one == null ? p : one;
    }
    Player found = one;
    boolean partners = found != null && passed.stream().anyMatch(o -> o.sentence() == found.sentence() && o.act() == found.act());
    return partners ? null : found;
  }

  /** The actor is of a sector the act allows: listed, STATE for a country itself, * for any. */
  private static boolean fits(ActorRef a, Set<String> sectors) {
    return sectors.contains("*") || a.sector() != null && sectors.contains(a.sector())
        || a.type() == ActorType.COUNTRY && sectors.contains("STATE");
  }

  /**
   * The index of the reported speech a word stands in (quoted words, or the content of indirect
   * speech; not a speech act told without its words, not the speaker's name or the speech verb), or -1.
   */
  private int quote(Span word) {
    for (int q = 0; q < quotes.size(); q++) {
      Quote x = quotes.get(q);
      boolean said = x.type() != QuoteType.REPORTED && x.span().contains(word)
          && (x.speakerSpan() == null || !x.speakerSpan().contains(word)) && (x.cue() == null || !x.cue().contains(word));
      if (said) {
        return q;
      }
    }
    return -1;
  }
}
