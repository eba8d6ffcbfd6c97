package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a verb's arguments sit in another clause of the parse: the content clause a demand names
 * ("verlangte, dass Russland …"), and the "haben" the parser made the head of a perfect's participle
 * ("Die Armee hatte Misrata … angegriffen" parsed with "hatte" as the main verb and the object on it).
 */
final class ClauseLinks {
  private ClauseLinks() {}

  /**
   * The content clauses of a verb ("verlangte, dass …"): its clausal complements opened by a
   * complementizer, also where the parser hung the clause on the verb's subject or object.
   */
  static List<Integer> contentClauses(SentenceView s, int verb) {
    List<Integer> heads = new ArrayList<>(List.of(verb));
    for (int c : s.children(verb)) {
      String rel = s.deprel(c);
      if (rel.equals("nsubj") || rel.equals("obj")) {
        heads.add(c);
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int h : heads) {
      for (int c : s.children(h)) {
        if (s.baseRel(c).equals("ccomp") && s.isVerbal(c) && hasComplementizer(s, c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static boolean hasComplementizer(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (s.deprel(c).equals("mark") && s.grammar().is(EventGrammar.Kind.COMPLEMENTIZER, s.word(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The "haben" the parser made the main verb of a perfect, with the participle below it as xcomp or
   * conj, or as acl of its object ("hatte Charkiw … angegriffen"); -1 when the participle has an
   * auxiliary next to it, a subject or a zu of its own (a clause of its own) or stands before that "haben".
   */
  static int perfectGovernor(SentenceView s, int verb) {
    String rel = s.baseRel(verb);
    int head = s.head(verb);
    if (head >= 0 && rel.equals("acl") && s.deprel(head).equals("obj")) {
      head = s.head(head); // the object's verb
    } else if (!(rel.equals("xcomp") || rel.equals("conj"))) {
      return -1;
    }
    if (head < 0 || head > verb || !s.grammar().is(EventGrammar.Kind.PERFECT_AUX, s.lemma(head)) || Infinitives.hasZu(s, verb)) {
      return -1;
    }
    for (int c : s.children(verb)) {
      if (s.deprel(c).startsWith("nsubj") || s.deprel(c).startsWith("aux") && !verbBetween(s, c, verb)) {
        return -1;
      }
    }
    return head;
  }

  /** An auxiliary with another verb between it and the participle belongs to that verb's clause ("…, wonach X verlangt hätten"). */
  private static boolean verbBetween(SentenceView s, int a, int b) {
    for (int t = Math.min(a, b) + 1; t < Math.max(a, b); t++) {
      if (s.upos(t).equals("VERB")) {
        return true;
      }
    }
    return false;
  }
}
