package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * An act noun told as coming from someone ("Kritik kam von der Opposition", "Die Gegenstimmen kamen
 * von Kuba und Syrien", "Aus Washington kommt Lob"): the noun is the subject of a verb of origin
 * (grammar.tsv {@code ORIGIN}) whose phrase with an {@code ORIGIN_PREPOSITION} names the act's author,
 * as a genitive would ("die Kritik der Opposition"); so does an occurrence verb with an expletive subject
 * ("Seitens der Regierung gab es Kritik an X": class Occurrence). Read for a noun rule's source only.
 */
final class OriginPhrase {
  private OriginPhrase() {}

  /** The heads of the origin phrases of the verb whose subject the act noun is; empty when none. */
  static List<Integer> of(SentenceView s, int noun) {
    List<Integer> out = new ArrayList<>();
    int verb = s.head(noun);
    if (verb < 0 || !s.deprel(noun).equals("nsubj")
        || !s.grammar().is(EventGrammar.Kind.ORIGIN, s.lemma(verb)) && !Occurrence.holds(s, noun)) {
      return out;
    }
    for (int c : s.children(verb)) {
      String p = s.preposition(c);
      if (s.baseRel(c).equals("obl") && p != null && s.grammar().is(EventGrammar.Kind.ORIGIN_PREPOSITION, p)) {
        out.add(c);
      }
    }
    return out;
  }
}
