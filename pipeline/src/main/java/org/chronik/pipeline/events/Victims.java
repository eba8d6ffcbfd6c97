package org.chronik.pipeline.events;

import java.util.List;
import java.util.Locale;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Event;

/**
 * Who an act befell when the sentence tells it by a verb of dying ("Ein Offizier starb bei dem
 * Luftangriff", "Zwei Reporter kamen bei dem Angriff ums Leben"): the act noun heads an occasion or
 * agent phrase (grammar.tsv OCCASION, AGENT) of a {@code VICTIM} verb, whose subject suffered the act
 * and never did it. A {@code VICTIM} row "kommen+Leben" is the verb with that word below it ("ums
 * Leben kommen"). Stateless.
 */
final class Victims {
  private Victims() {}

  /**
   * A rule's source slots for this trigger: without {@code head.nsubj} when the rule reads its victim
   * from a verb of dying ({@code head.victim}) and the noun heads that verb's phrase: who died in the
   * attack did not carry it out. Other rules keep it ("Bei den Protesten kamen 22 Demonstranten ums
   * Leben": those who died at a protest are mostly its marchers).
   */
  static List<Slot> sourceSlots(SentenceView s, int trigger, EventRule rule) {
    if (!readsVictim(s, trigger, rule)) {
      return rule.source();
    }
    return rule.source().stream().filter(x -> x.type() != Slot.Type.HEAD_SUBJECT).toList();
  }

  /** A noun rule that reads a victim ({@code head.victim}) on a noun heading a verb of dying's phrase. */
  private static boolean readsVictim(SentenceView s, int trigger, EventRule rule) {
    return rule.kind() == EventRule.Kind.NOUN && rule.target().stream().anyMatch(x -> x.type() == Slot.Type.HEAD_VICTIM)
        && verbOf(s, trigger) >= 0;
  }

  /**
   * Whether the event re-mentions an act told before (its agent taken from that act) and names only
   * who else it befell ("… der ebenfalls bei dem Luftangriff starb"): it is no new act, and the act
   * re-mentioned stays the latest of its kind, with its own target, for the re-mentions after it.
   */
  static boolean retold(SentenceView s, int trigger, EventRule rule, Event e) {
    return e.sourceFrom() == ArgumentSource.ANTECEDENT && readsVictim(s, trigger, rule);
  }

  /** The verb of dying whose occasion phrase the noun heads, or -1. */
  static int verbOf(SentenceView s, int noun) {
    String p = s.preposition(noun);
    int verb = s.head(noun);
    if (p == null || verb < 0 || !s.isVerbal(verb) || s.isPassive(verb) || !s.baseRel(noun).startsWith("obl")
        || !s.grammar().is(EventGrammar.Kind.OCCASION, p) && !s.grammar().is(EventGrammar.Kind.AGENT, p)) {
      return -1;
    }
    String lemma = s.lemma(verb);
    if (lemma == null) {
      return -1;
    }
    if (s.grammar().is(EventGrammar.Kind.VICTIM, lemma)) {
      return verb;
    }
    for (int c : s.children(verb)) {
      String word = s.lemma(c) != null ? s.lemma(c) : s.word(c);
      if (c != noun && word != null && s.grammar().is(EventGrammar.Kind.VICTIM, lemma + "+" + word.toLowerCase(Locale.ROOT))) {
        return verb;
      }
    }
    return -1;
  }
}
