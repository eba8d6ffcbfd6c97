package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.chronik.model.EventCandidate;

/**
 * Verb acts of a sentence that found their agent but no target, of a code prefix of {@code
 * words/dyad-codes.txt} or {@code dyad-codes-noun.txt} (acts always aimed at someone), coded once more after the whole sentence was
 * coded when the sentence gave events after them: the event that tells the other side may stand later
 * in the same sentence, in a relative clause or an act noun, which the first pass (verbs before nouns,
 * left to right) had not seen yet ("verlangte die Freilassung einer Lehrerin, die in Teheran festgenommen
 * wurde"; "kündigte bei einem Besuch in Bagdad den Abzug an"). The second pass is the same coding with
 * the sentence's events known ({@link DyadTarget}). One per document; README "A dyad told later in its
 * sentence".
 */
final class LateDyads {
  private record Pending(int token, RuleMatcher.Match match, EventCandidate candidate, int eventsBefore) {}

  private final EventCoder.Knowledge knowledge;
  private final List<Pending> pending = new ArrayList<>();
  private boolean again;

  LateDyads(EventCoder.Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** Notes a candidate the first pass gave no event for; only a verb act with an agent and no target of the listed codes. */
  void note(int token, RuleMatcher.Match match, EventCandidate candidate, int events) {
    boolean listed = DyadTarget.continues(knowledge, match.rule().code(), match);
    if (!again && listed && match.rule().kind() == EventRule.Kind.VERB && candidate.problem() == EventCandidate.Problem.NO_TARGET) {
      pending.add(new Pending(token, match, candidate, events));
    }
  }

  /**
   * Codes the noted acts once more when the sentence gave events after them, replacing their candidates
   * (a second failure notes a candidate again, never a third pass).
   */
  void codeAgain(List<EventCandidate> candidates, int events, BiConsumer<Integer, RuleMatcher.Match> coder) {
    List<Pending> now = List.copyOf(pending);
    pending.clear();
    again = true;
    for (Pending p : now) {
      if (events > p.eventsBefore() && candidates.remove(p.candidate())) {
        coder.accept(p.token(), p.match());
      }
    }
    again = false;
  }
}
