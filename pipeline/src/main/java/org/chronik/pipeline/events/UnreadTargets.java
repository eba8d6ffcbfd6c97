package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.Mention;

/**
 * Why an act whose target slots name no actor still has a party of its own, so the focus government is
 * no implicit target ({@link ImplicitTarget}): an actor the parse put where the rule's slots do not
 * look, or an act of violence named as the object, which is its own agent's.
 */
final class UnreadTargets {
  /** The core argument relations of a verb: a party named there takes part in the act. */
  private static final Set<String> CORE = Set.of("nsubj", "obj", "iobj", "obl:arg", "nsubj:pass");

  private UnreadTargets() {}

  /**
   * Whether a core argument of the trigger names an acting actor (a country-level key, no place) that
   * is none of the sources, nor holds one in its phrase, nor is the government the default would name:
   * the parser misread the act's party ("Die Liberalen versagten dem Vorsitzenden der Rechtspartei die
   * Unterstützung" with the dative read as a second subject), and guessing the government instead is
   * wrong.
   */
  static boolean otherActor(SentenceView s, int trigger, List<ActorRef> sources, ActorRef government) {
    for (int c : s.children(trigger)) {
      if (!CORE.contains(s.deprel(c))) {
        continue;
      }
      Mention m = nameOf(s, c, 0);
      if (m == null || holdsSource(s, c, sources, 0)) {
        continue;
      }
      ActorRef a = m.actor();
      boolean isDefault = government != null && government.country().equals(a.country())
          && (a.type() == org.chronik.model.ActorType.COUNTRY || "GOV".equals(a.sector()));
      if (!isDefault && sources.stream().noneMatch(x -> Sides.same(x, a))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the target phrases, or the rule's required word {@code anchor}, is an act noun of a
   * kind that is its agent's (codebooks/implicit-target-acts.tsv: "kritisierte den Luftangriff auf ein
   * Dorf"): the act is aimed at whoever did it.
   */
  static boolean actOfItsAgent(SentenceView s, List<Integer> heads, int anchor, EventCoder.Knowledge knowledge) {
    for (int h : heads) {
      if (h != anchor && actOfItsAgent(s, h, false, knowledge)) {
        return true;
      }
    }
    return anchor >= 0 && actOfItsAgent(s, anchor, true, knowledge);
  }

  private static boolean actOfItsAgent(SentenceView s, int noun, boolean anchor, EventCoder.Knowledge knowledge) {
    // a rule that needs a word below the noun counts only with it: "Gewalt" alone is no "sexuelle Gewalt"
    return knowledge.lexicon().rulesFor(EventRule.Kind.NOUN, s.lemma(noun)).stream()
        .filter(r -> r.dependents().isEmpty() || RuleConditions.dependentWith(s, noun, r.dependents()) >= 0)
        .anyMatch(r -> knowledge.implicitActors().actOfItsAgent(r.code(), anchor));
  }

  /** The actor a phrase's head or the parts of its name name ("SPÖ-Chef Andreas Babler": the party), or null. */
  private static Mention nameOf(SentenceView s, int i, int depth) {
    Mention m = s.mention(i);
    if (m != null || depth > 2) {
      return m;
    }
    for (int c : s.children(i)) {
      String rel = s.baseRel(c);
      Mention part = rel.equals("compound") || rel.equals("appos") || rel.equals("flat") ? nameOf(s, c, depth + 1) : null;
      if (part != null) {
        return part;
      }
    }
    return null;
  }

  private static boolean holdsSource(SentenceView s, int i, List<ActorRef> sources, int depth) {
    Mention m = s.anyMention(i);
    if (m != null && sources.stream().anyMatch(x -> x.id().equals(m.actor().id()))) {
      return true;
    }
    if (depth > 6) {
      return false;
    }
    for (int c : s.children(i)) {
      if (holdsSource(s, c, sources, depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
