package org.chronik.pipeline.events;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * The author of the thing a verbal act is done to, named inside the object phrase by a participle's
 * agent phrase: "Die Opposition blockierte die von der Regierungspartei eingebrachte Vorlage", "Paris
 * lehnte den von Berlin vorgelegten Plan ab". The act is aimed at that author, not at a default target
 * (the focus government): a resolution, a bill or a plan is its author's. Only a participle or
 * adjective on the phrase's head with an AGENT preposition phrase below it (obl, or nmod as the parser hangs it on an adjective) (lang/de/events/grammar.tsv) counts, and
 * only an actor that is none of the sources' side.
 */
final class ObjectAuthor {
  private ObjectAuthor() {}

  /** The author named in one of the target phrases {@code heads}, or null. */
  static Arg of(SentenceView s, List<Integer> heads, List<ActorRef> sources) {
    for (int c : agents(s, heads)) {
      Mention m = s.anyMention(c);
      if (m != null && m.actor() != null && m.actor().country() != null && sources.stream().noneMatch(x -> Sides.same(x, m.actor()))) {
        return new Arg(m.actor(), c, ArgumentSource.SENTENCE);
      }
    }
    return null;
  }

  /**
   * Whether one of the target phrases has an author the actors stage does not resolve ("der von den
   * Experten ausgearbeitete Plan", a party name it does not know): the act is aimed at that author, and
   * a default target (the focus government) would be a guess against the text.
   */
  static boolean unresolved(SentenceView s, List<Integer> heads) {
    for (int c : agents(s, heads)) {
      Mention m = s.anyMention(c);
      if ((m == null || m.actor() == null) && (s.upos(c).equals("NOUN") || s.upos(c).equals("PROPN"))) {
        return true;
      }
    }
    return false;
  }

  /** The agent phrases of the participles and adjectives on the heads. */
  private static List<Integer> agents(SentenceView s, List<Integer> heads) {
    List<Integer> out = new java.util.ArrayList<>();
    for (int h : heads) {
      for (int participle : s.children(h)) {
        String rel = s.baseRel(participle);
        if (!rel.equals("amod") && !rel.equals("acl")) {
          continue;
        }
        for (int c : s.children(participle)) {
          String p = s.preposition(c);
          if ((s.baseRel(c).equals("obl") || s.baseRel(c).equals("nmod")) && p != null && s.grammar().is(EventGrammar.Kind.AGENT, p)) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }
}
