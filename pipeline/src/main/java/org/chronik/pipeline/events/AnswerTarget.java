package org.chronik.pipeline.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;

/**
 * The target of an answer or a statement that names none, from what was said or done just before
 * (lang/de/events/README.md "Who acts in the scene" and "Statements set against or beside earlier
 * words"): a RESPONSE verb ("Berlin lehnte ab") is addressed to the one side that acted in the nearest
 * sentence before, a REPLY ("Kiew entgegnete, …") else to the speaker of the last quotation; a bare
 * statement with a CONTRAST adverb ("Der Generalstab erklärte hingegen, …") is a reply to either; one
 * with a LIKENESS adverb ("Ebenso äußerte sich die Opposition") is aimed where the act of words just
 * before was aimed. Part of {@link ImplicitArguments}; one per document.
 */
final class AnswerTarget {
  /** How many sentences before its own the act of words a LIKENESS statement repeats may stand. */
  private static final int LIKENESS_BACK = 2;
  private static final String STATEMENT_ROOT = "01";

  private final Replies replies;
  private final SceneActors players;
  private final Discourse discourse;
  /** The CAMEO roots of acts of words (quad 1 or 3). */
  private final Set<String> verbalRoots = new HashSet<>();

  AnswerTarget(Replies replies, SceneActors players, Discourse discourse, Codebook codebook) {
    this.replies = replies;
    this.players = players;
    this.discourse = discourse;
    for (int r = 1; r <= 20; r++) {
      String root = String.format("%02d", r);
      codebook.find(root).filter(c -> c.quad() == 1 || c.quad() == 3).ifPresent(c -> verbalRoots.add(root));
    }
  }

  /**
   * The one a verb act at {@code i} that names no target answers or repeats, not on a side of the
   * {@code answering} sources; null when nothing fits.
   */
  ActorRef addressee(SentenceView s, int i, String code, int paragraphStart, List<ActorRef> answering) {
    int index = s.sentence.index();
    AnaphorLexicon.Kind adverb = replies.statementAdverb(s, i);
    boolean contrast = adverb == AnaphorLexicon.Kind.CONTRAST && code.startsWith(STATEMENT_ROOT);
    ActorRef answered = replies.responds(s, i) || contrast
        ? players.addressee(s, i, new Discourse.Reach(index, paragraphStart), answering) : null;
    answered = answered == null && (replies.repliesToWords(s, i) || contrast)
        ? replies.speaker(s, i, paragraphStart, answering) : answered;
    if (answered == null && adverb == AnaphorLexicon.Kind.LIKENESS && verbalRoots.contains(code.substring(0, 2))) {
      answered = repeated(index, paragraphStart, answering);
    }
    return answered;
  }

  /**
   * "Die Hisbollah forderte Ägypten auf, … Ebenso äußerte sich die Hamas": the target of the last coded
   * act of words told so far in its own or the {@link #LIKENESS_BACK} sentences before (in its paragraph; the
   * one just before also across a paragraph break), when neither its author nor its target is on the speaker's side.
   */
  private ActorRef repeated(int index, int paragraphStart, List<ActorRef> speakers) {
    Discourse.Act act = discourse.act(index, new Discourse.Reach(index, Math.max(paragraphStart, index - LIKENESS_BACK)), verbalRoots);
    boolean fits = act != null && speakers.stream().noneMatch(x -> Sides.same(x, act.source()) || Sides.same(x, act.target()));
    return fits ? act.target() : null;
  }
}
