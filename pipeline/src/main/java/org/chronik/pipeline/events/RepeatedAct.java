package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ArgumentSource;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * The target of an act told as a repeat of one told just before ({@link ParallelActs}): "Frankreich verurteilte
 * den Iran. Auch Deutschland übte scharfe Kritik" → Iran; "Ägypten wurde aufgefordert, die Grenze zu öffnen. Die
 * Opposition erhob die gleiche Forderung" → Egypt. The act repeated is the latest coded act of a root the act's
 * code may repeat, or an act told with a target but no agent ({@link #sourceless}, remembered here). Only when the
 * act's own clause names no target phrase, the act repeated is another side's ("Sarkozy verlangte auch die
 * Freilassung …" after his own demand is a new act, not a repeat) and its target is not the repeating actor or
 * its state. Part of {@link ImplicitArguments}; one per document, not shared between threads.
 */
final class RepeatedAct {
  /** How many sentences before its own the act repeated may stand (as a LIKENESS statement's). */
  private static final int BACK = 2;

  private record Told(int sentence, ActorRef target, String root) {}

  private final ParallelActs words;
  private final ArgumentFinder finder;
  private final Discourse discourse;
  private final EventCoder.Knowledge knowledge;
  /** Acts told with a target but no agent, in the order told. */
  private final List<Told> agentless = new ArrayList<>();

  RepeatedAct(ImplicitParts parts) {
    this.knowledge = parts.knowledge();
    this.words = knowledge.parallels();
    this.finder = parts.finder();
    this.discourse = parts.discourse();
  }

  /**
   * The target of the act the verb act at {@code trigger} repeats, told in its own or the {@link #BACK} sentences
   * before (in its paragraph; the one just before also across a paragraph break), when it is told as a repeat and
   * names no target; else null. A coded act wins over an agentless one.
   */
  Arg target(SentenceView s, int trigger, RuleMatcher.Match match, int paragraphStart, List<ActorRef> sources) {
    EventRule rule = match.rule();
    Set<String> roots = words.repeatable(rule.code());
    if (rule.kind() != EventRule.Kind.VERB || sources.isEmpty() || roots.isEmpty()
        || finder.hasPhrase(s, trigger, match.anchor(), rule.target(), true) || !words.told(s, trigger, List.of(match.anchor()))) {
      return null;
    }
    int index = s.sentence.index();
    Discourse.Reach near = new Discourse.Reach(index, Math.max(paragraphStart, index - BACK));
    Discourse.Act act = discourse.act(index, near, roots);
    Told last = agentless.isEmpty() ? null : agentless.get(agentless.size() - 1);
    Told bare = act == null && last != null && roots.contains(last.root()) && near.covers(last.sentence(), index) ? last : null;
    ActorRef target = bare != null ? bare.target() : act == null ? null : act.target();
    // a repeat by another side, aimed at neither the repeating actor nor its state ("die Opposition erhob die gleiche
    // Forderung an die eigene Regierung" is one)
    boolean fits = target != null && sources.stream().noneMatch(x -> Sides.oneState(x, target) || bare == null && Sides.same(x, act.source()));
    return fits ? new Arg(target, -1, ArgumentSource.ANTECEDENT) : null;
  }

  /**
   * Remembers an act told with a target but no agent ("Ägypten wird aufgefordert, …, so X"), asserted or intended,
   * its target read in the sentence (not a place): a repeat of it told next takes that target.
   */
  void sourceless(SentenceView s, int trigger, RuleMatcher.Match match, List<Arg> sources, List<Arg> targets, boolean place) {
    if (sources.isEmpty() && targets.size() == 1 && !place && targets.get(0).from() == ArgumentSource.SENTENCE
        && knowledge.modality().classify(s, trigger, match.anchor()).reportable()) {
      agentless.add(new Told(s.sentence.index(), targets.get(0).actor(), match.rule().code().substring(0, 2)));
    }
  }
}
