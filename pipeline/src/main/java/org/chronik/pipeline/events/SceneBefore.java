package org.chronik.pipeline.events;

import java.util.Set;
import java.util.function.IntFunction;
import org.chronik.model.ActorRef;
import org.chronik.model.Mention;
import org.chronik.pipeline.attribution.Reporters;

/**
 * Whether the sentence just before an agentless state act, in its paragraph, sets the scene of the act
 * in a country by a place phrase ("In Minsk gingen Tausende auf die Straße. Mehrere Männer wurden
 * festgenommen.") or by naming only bodies of that country's state. A place phrase that tells only where someone spoke or visited sets no scene: it
 * hangs on a verb of saying of the cue list ("sagte der Sprecher in Athen") or on a {@code SCENELESS}
 * or {@code GATHERING} word of grammar.tsv ("bei einem Besuch in Kiew", "auf einer Pressekonferenz in Moskau"), and the
 * act told next may have happened anywhere.
 */
final class SceneBefore {
  /**
   * How many sentences before, within the paragraph, a place phrase still sets the scene of an
   * agentless state act: only the one just before.
   */
  private static final int SCENE_REACH = 1;

  /** The CAMEO sectors of a state's own bodies, which set the scene of its next agentless act in its country. */
  private static final Set<String> STATE_BODIES = Set.of("GOV", "COP", "JUD", "MIL", "LEG");

  private final EventCoder.Knowledge knowledge;
  private final IntFunction<SentenceView> sentences;

  SceneBefore(EventCoder.Knowledge knowledge, IntFunction<SentenceView> sentences) {
    this.knowledge = knowledge;
    this.sentences = sentences;
  }

  /** Whether a sentence from {@code from} back to the reach, not before the paragraph's start, sets the scene in the country. */
  boolean setsScene(int index, int from, int paragraphStart, String country) {
    for (int k = from; k >= Math.max(paragraphStart, index - SCENE_REACH); k--) {
      SentenceView before = sentences.apply(k);
      if (before != null && (knowledge.places().namesPlaceOnlyIn(before, country, c -> told(before, c)) || stateOnly(before, country))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence names a body of the country's state (its government, police, courts, army or
   * parliament) and no actor of another country nor a place outside it: "Der
   * Präsident ersetzte die Wärter durch Polizisten. Elf Wärter wurden festgenommen." A sentence about
   * the country's people only ("Tausende Georgier protestierten") or one naming a foreign actor sets
   * no scene.
   */
  private boolean stateOnly(SentenceView s, String country) {
    if (knowledge.places().namesPlaceOutside(s, country)) {
      return false;
    }
    boolean state = false;
    for (int k = 0; k < s.size(); k++) {
      Mention m = s.anyMention(k);
      ActorRef a = m == null ? null : m.actor();
      if (a == null || a.country() == null) {
        continue;
      }
      if (!country.equals(a.country())) {
        return false;
      }
      state |= a.sector() != null && STATE_BODIES.contains(a.sector());
    }
    return state;
  }

  /**
   * The place phrase hangs, below no verb of its own, on a {@code SCENELESS} or {@code GATHERING} word,
   * or its clause's verb is one or a verb of saying.
   */
  static boolean told(SentenceView s, int place, Reporters reporters) {
    EventGrammar g = s.grammar();
    for (int k = s.head(place), guard = 0; k >= 0 && guard < s.size(); k = s.head(k), guard++) {
      if (g.isOrEndsIn(EventGrammar.Kind.SCENELESS, s.lemma(k)) || g.isOrEndsIn(EventGrammar.Kind.GATHERING, s.lemma(k))) {
        return true;
      }
      if (s.isVerbal(k)) {
        return reporters.isCueVerb(s.lemma(k));
      }
    }
    return false;
  }

  private boolean told(SentenceView s, int place) {
    return told(s, place, knowledge.attribution());
  }
}
