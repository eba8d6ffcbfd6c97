package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the rules whose trigger and conditions hold at one token of a sentence, and keeps the most
 * specific. Which rules a token may trigger is {@link TriggerRules}'s job; how a condition is read
 * from the parse is {@link RuleConditions}'.
 */
final class RuleMatcher {
  /**
   * @param anchor the token satisfying the rule's object condition, or -1
   * @param extra the token satisfying the rule's dependent condition, or -1
   */
  record Match(EventRule rule, int anchor, int extra) {}

  private RuleMatcher() {}

  static List<Match> matches(EventLexicon lexicon, SentenceView s, int i) {
    List<Match> out = new ArrayList<>();
    String upos = s.upos(i);
    EventRule.Kind kind = upos.equals("VERB") || PredicateAdjectives.is(s, i) ? EventRule.Kind.VERB
        : upos.equals("NOUN") || upos.equals("PROPN") ? EventRule.Kind.NOUN : null;
    if (kind == null) {
      return out;
    }
    for (EventRule rule : TriggerRules.of(lexicon, kind, s, i)) {
      int anchor = -1;
      if (!rule.objects().isEmpty()) {
        anchor = RuleConditions.objectWith(s, i, rule.objects());
        if (anchor < 0) {
          continue;
        }
      }
      int extra = -1;
      if (!rule.dependents().isEmpty()) {
        // the doer is never the act's condition: "Flüchtlingen droht die Abschiebung" is no threat of
        // expulsion, "erklärt DEA-Agent X" no listing as agent, "durch Demonstranten getötet" no killing
        // of protesters (a passive subject may be: "eine Ausgangssperre wurde verhängt")
        extra = RuleConditions.dependentWith(s, i, rule.dependents());
        if (extra < 0) {
          extra = RuleConditions.markerBelow(s, i, rule.dependents());
        }
        if (extra < 0) {
          continue;
        }
      }
      if (rule.reflexive() && !RuleConditions.hasReflexive(s, i)
          || !rule.unless().isEmpty() && (RuleConditions.dependentWith(s, i, rule.unless()) >= 0
              || RuleConditions.markerBelow(s, i, rule.unless()) >= 0)) {
        continue; // another sense of the word
      }
      if (!rule.nosubj().isEmpty() && (RuleConditions.subjectWith(s, i, rule.nosubj()) >= 0
          || s.isPassive(i) && RuleConditions.doerWith(s, i, rule.nosubj()) >= 0)) {
        continue; // a doer the act does not fit: refugees arriving pay no visit, sanctions strike no town
      }
      if (!rule.labels().isEmpty()) {
        extra = LabelPhrase.find(s, i, rule.labels()); // "bezeichnete die Wahl als Farce": what the object is called
        if (extra < 0) {
          continue;
        }
      }
      if (!rule.subj().isEmpty()) {
        extra = RuleConditions.doerWith(s, i, rule.subj()); // "Die Rakete traf …": only that doer makes the act
        if (extra < 0) {
          continue;
        }
      }
      out.add(new Match(rule, anchor, extra));
    }
    // a rule with conditions ("verhängen" + "Ausgangssperre") is more specific than the bare verb,
    // a condition met by the word itself beats one met by a compound ("Finanzhilfe" vs "Hilfe"), and
    // of two compound heads the longer ("Korruptionsanklage": "Anklage", not "Klage"), and then a
    // condition met by the act's own target, which names whom the act is done to ("eröffnete das Feuer
    // auf Demonstranten": firing on protesters is repression, 175, not also combat, 190)
    int best = out.stream().mapToInt(m -> specificity(s, i, m)).max().orElse(0);
    out.removeIf(m -> specificity(s, i, m) < best);
    return out;
  }

  /**
   * The condition score (an exact word 3, a compound 2), times 1000, plus twice the compound heads'
   * lengths, plus one when the dependent condition's token stands in one of the rule's prepositional target slots.
   */
  private static int specificity(SentenceView s, int trigger, Match m) {
    int score = 0;
    int heads = 0;
    if (m.anchor() >= 0) {
      boolean exact = exactly(s, m.anchor(), m.rule().objects());
      score += exact ? 3 : 2;
      heads += exact ? 0 : RuleConditions.longestHead(s, m.anchor(), m.rule().objects());
    }
    if (m.extra() >= 0) {
      Set<String> words = !m.rule().subj().isEmpty() ? m.rule().subj() : !m.rule().labels().isEmpty() ? m.rule().labels() : m.rule().dependents();
      boolean exact = exactly(s, m.extra(), words);
      score += exact ? 3 : 2;
      heads += exact ? 0 : RuleConditions.longestHead(s, m.extra(), words);
    }
    // only a dependent condition (dep=) in a prepositional target slot ("auf Demonstranten"): a word in an
    // object slot is as often the thing seen or said as the party ("sieht in Nordkorea eine Bedrohung")
    boolean onTarget = inTargetSlot(s, trigger, m.extra(), m.rule());
    return score * 1000 + Math.min(heads, 499) * 2 + (onTarget ? 1 : 0);
  }

  /**
   * The token heads or sits in (the parser may hang "Demonstranten" below "auf Steine werfende …") the
   * trigger's prepositional dependent that one of the rule's prepositional target slots reads.
   */
  private static boolean inTargetSlot(SentenceView s, int trigger, int tok, EventRule rule) {
    if (tok < 0) {
      return false;
    }
    if (s.head(tok) != trigger && s.head(tok) >= 0 && s.head(s.head(tok)) == trigger) {
      tok = s.head(tok); // the dependent of the trigger the condition sits in
    }
    String preposition = s.preposition(tok);
    for (Slot slot : rule.target()) {
      if (slot.type() == Slot.Type.PREP && preposition != null && preposition.equals(slot.arg())) {
        return true;
      }
    }
    return false;
  }

  private static boolean exactly(SentenceView s, int at, Set<String> words) {
    int tok = RuleConditions.wordAt(s, at);
    for (String w : words) {
      if (s.grammar().inflected(s.lemma(tok), w) || s.grammar().inflected(s.word(tok), w)) {
        return true;
      }
    }
    return false;
  }
}
