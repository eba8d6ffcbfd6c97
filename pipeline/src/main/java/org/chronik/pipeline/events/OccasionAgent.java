package org.chronik.pipeline.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.Mention;

/**
 * The doer of the act told just before, for an agentless passive of force tied to it by an occasion
 * adverb: "Die afghanische Polizei durchsuchte das Dorf. Dabei wurden zwölf Kämpfer getötet" — the police
 * killed them in the course of the search, an act no rule codes. The sentence before must be in the same
 * paragraph; its main verb active, reporting no speech (no clause below it), and its subject an actor of
 * the state's armed forces or police ({@code words/occasion-doers.txt}) on another side than the
 * targets. The adverbs are {@code words/occasion-adverbs.txt}, the acts {@code words/occasion-acts.txt}.
 * Stateless; one per language.
 */
final class OccasionAgent {
  static final String ADVERBS = "occasion-adverbs";
  static final String ACTS = "occasion-acts";
  static final String DOERS = "occasion-doers";
  /** Relations under a verb that carry what it reports: the act before is speech, not a deed. */
  private static final Set<String> CONTENT = Set.of("ccomp", "parataxis", "csubj");

  private final Anaphora sentences;
  private final Set<String> adverbs;
  private final Set<String> acts;
  private final Set<String> doers;

  OccasionAgent(WordLists lists, Anaphora sentences) {
    this.sentences = sentences;
    this.adverbs = lists.words(ADVERBS);
    this.acts = lists.words(ACTS);
    this.doers = lists.words(DOERS);
  }

  /** The doer of the act before for the agentless passive at {@code trigger} with {@code code}, or null. */
  Discourse.Antecedent agent(SentenceView s, int trigger, String code, int paragraphStart, List<ActorRef> targets) {
    int index = s.sentence.index();
    if (targets.isEmpty() || acts.stream().noneMatch(code::startsWith) || !tied(s, trigger) || index - 1 < paragraphStart) {
      return null;
    }
    SentenceView before = sentences.sentence(index - 1);
    int root = before == null ? -1 : root(before);
    if (root < 0 || !before.upos(root).equals("VERB") || before.isPassive(root)
        || before.children(root).stream().anyMatch(c -> CONTENT.contains(before.baseRel(c)))) {
      return null;
    }
    List<Integer> subjects = before.subjects(root);
    Mention doer = subjects.size() != 1 ? null : before.mention(subjects.get(0));
    ActorRef a = doer == null ? null : doer.actor();
    return a != null && a.sector() != null && doers.contains(a.sector().toLowerCase(Locale.ROOT)) && Discourse.against(a, targets) ? new Discourse.Antecedent(a, null) : null;
  }

  /** An occasion adverb hangs on the passive verb itself ("Dabei wurden … getötet"). */
  private boolean tied(SentenceView s, int verb) {
    return s.children(verb).stream().anyMatch(c -> s.baseRel(c).equals("advmod") && adverbs.contains(s.lemma(c).toLowerCase(Locale.ROOT)));
  }

  private static int root(SentenceView n) {
    for (int i = 0; i < n.size(); i++) {
      if (n.deprel(i).equals("root")) {
        return i;
      }
    }
    return -1;
  }
}
