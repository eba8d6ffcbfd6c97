package org.chronik.pipeline.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.ReferenceTime;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;

/**
 * Dates told in passing: a date hanging on a noun that itself sits in a prepositional phrase ("verwies
 * auf einen Anschlag auf die Botschaft am 31. Dezember", "Anschläge – den Angriff am 27. Dezember
 * eingeschlossen –") dates the thing that noun names, which the sentence only mentions. The story does
 * not move to that day, so such a date is no reference time for the sentences after it. A dated
 * subject or object ("Der Angriff am Montag tötete …") is what the sentence tells, and does move it.
 * So is a date in a frame phrase ("nach dem Ausbruch der Kämpfe am Samstag": {@link FramedDates}).
 */
final class PassingDates {
  private PassingDates() {}

  /** The expressions of those reference times that are told in passing. */
  static Set<Span> of(List<Sentence> sentences, List<ReferenceTime> references, FramedDates framed) {
    Set<Span> out = new HashSet<>();
    for (ReferenceTime r : references) {
      if (r.expression() == null) {
        continue;
      }
      for (Sentence s : sentences) {
        if (s.span().overlaps(r.expression()) && (inPassing(s, r.expression()) || framed.framed(s, r.expression()))) {
          out.add(r.expression());
        }
      }
    }
    return out;
  }

  private static boolean inPassing(Sentence s, Span expression) {
    List<Token> tokens = s.tokens();
    for (Token t : tokens) {
      if (!t.span().overlaps(expression) || t.head() < 0 || tokens.get(t.head()).span().overlaps(expression)) {
        continue;
      }
      Token noun = tokens.get(t.head()); // the word the expression hangs on
      boolean nominal = "NOUN".equals(noun.upos()) || "PROPN".equals(noun.upos());
      return nominal && t.baseRel().equals("nmod") && prepositional(tokens, noun);
    }
    return false;
  }

  /** True when the noun heads a phrase with a preposition of its own ("auf einen Anschlag"). */
  private static boolean prepositional(List<Token> tokens, Token noun) {
    String rel = noun.baseRel();
    if (!(rel.equals("obl") || rel.equals("nmod"))) {
      return false;
    }
    return tokens.stream().anyMatch(c -> c.head() == noun.index() && c.baseRel().equals("case"));
  }
}
