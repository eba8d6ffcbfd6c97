package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * A passive told in short: a bare past participle with an agent phrase of its own and neither auxiliary
 * nor subject, set beside a clause or a noun ("Die Sicherheitskräfte, unterstützt von Soldaten der NATO,
 * durchsuchten das Dorf"; "die Opposition, unterstützt durch die EU, …"). Its agent phrase ({@code AGENT}:
 * von, durch) names the doer; its patient is the noun it describes, or else the subject of the clause it is
 * set in. The system otherwise read that subject as the doer. The form must be one the lexicon knows as a
 * past participle ({@code PAST_PARTICIPLE_TAG}: "unterstützt" is also "ihr unterstützt"), and an infinitive
 * with "zu" or a finite verb of its own clause is none.
 */
final class AgentParticiple {
  private static final List<String> NOMINAL = List.of("NOUN", "PROPN");

  private AgentParticiple() {}

  /** True when {@code verb} is such a participle with an agent phrase. */
  static boolean is(SentenceView s, int verb) {
    if (!s.upos(verb).equals("VERB") || s.head(verb) < 0 || s.baseRel(verb).equals("root")) {
      return false;
    }
    for (int c : s.children(verb)) {
      String rel = s.deprel(c);
      if (rel.startsWith("aux") || rel.startsWith("nsubj") || rel.startsWith("cop") || rel.startsWith("csubj") || rel.equals("mark")) {
        return false;
      }
    }
    if (s.cases().tags(s, verb).stream().noneMatch(t -> s.grammar().isTag(EventGrammar.Kind.PAST_PARTICIPLE_TAG, t))) {
      return false;
    }
    return s.children(verb).stream().anyMatch(c -> s.baseRel(c).equals("obl") && agentPreposition(s, c));
  }

  /** The patient: the noun the participle describes, else the subjects of the clause it is set in. */
  static List<Integer> patients(SentenceView s, int verb) {
    int head = s.head(verb);
    List<Integer> out = new ArrayList<>();
    if (NOMINAL.contains(s.upos(head))) {
      out.add(head);
    } else if (s.isVerbal(head)) {
      out.addAll(s.subjects(head));
    }
    return out;
  }

  private static boolean agentPreposition(SentenceView s, int c) {
    String p = s.preposition(c);
    return p != null && s.grammar().is(EventGrammar.Kind.AGENT, p);
  }
}
