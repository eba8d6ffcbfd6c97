package org.chronik.pipeline.events;

import org.chronik.model.ActorRef;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * Finds who reports an event: "wie der Kreml mitteilte", "laut Xinhua", "nach Angaben des
 * Außenministeriums", "berichtete Xinhua, …", "…, sagte Xi". The reporter is recorded as
 * attribution and is never an actor of the event.
 */
final class AttributionFinder {
  private final ModalityCues cues;

  AttributionFinder(ModalityCues cues) {
    this.cues = cues;
  }

  ActorRef find(SentenceView s, int trigger) {
    // a reporting verb that embeds the event's clause: "X berichtete, China sei …"
    int cur = s.clauseHead(trigger);
    for (int level = 0; cur >= 0 && level < 4; level++) {
      if (level > 0 && cues.is(Kind.REPORT, Where.GOVERNOR, s.lemma(cur))) {
        ActorRef a = subjectOf(s, cur);
        if (a != null) {
          return a;
        }
      }
      int parent = s.head(cur);
      if (parent < 0) {
        break;
      }
      cur = parent;
    }
    int root = cur;
    // a reporting clause or phrase anywhere in the sentence
    for (int i = 0; i < s.size(); i++) {
      String rel = s.baseRel(i);
      if (cues.is(Kind.REPORT, Where.GOVERNOR, s.lemma(i)) && s.isVerbal(i)
          && (hasMark(s, i, "wie") || rel.equals("parataxis") || (s.head(i) == root && rel.equals("ccomp")) || i == root)) {
        ActorRef a = subjectOf(s, i);
        if (a != null && (i != root || s.head(trigger) >= 0)) {
          return a;
        }
      }
      String p = s.preposition(i);
      if (p != null && cues.is(Kind.REPORT, Where.CASE, p)) {
        Mention m = ActorPhrase.actorOf(s, i);
        if (m != null) {
          return m.actor();
        }
      }
      if (cues.is(Kind.REPORT, Where.NOUN, s.lemma(i)) || cues.is(Kind.REPORT, Where.NOUN, s.word(i))) {
        for (int c : s.children(i)) {
          if (s.baseRel(c).equals("nmod") || s.deprel(c).equals("nmod:poss")) {
            Mention m = ActorPhrase.actorOf(s, c);
            if (m != null) {
              return m.actor();
            }
          }
        }
      }
    }
    return null;
  }

  private static boolean hasMark(SentenceView s, int verb, String word) {
    for (int c : s.children(verb)) {
      if (s.deprel(c).equals("mark") && s.word(c).equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static ActorRef subjectOf(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (s.deprel(c).equals("nsubj")) {
        Mention m = ActorPhrase.actorOf(s, c);
        if (m != null) {
          return m.actor();
        }
      }
    }
    return null;
  }

  /** Tokens of reporting phrases, which are never event arguments. */
  boolean isReporter(SentenceView s, int token) {
    int h = s.head(token);
    return h >= 0 && s.deprel(token).equals("nsubj") && cues.is(Kind.REPORT, Where.GOVERNOR, s.lemma(h)) && hasMark(s, h, "wie");
  }
}
