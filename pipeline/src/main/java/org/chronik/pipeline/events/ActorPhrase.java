package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/** Finds the actor a noun phrase names: its head's mention, else the nearest one in the name phrase. */
final class ActorPhrase {
  private ActorPhrase() {}

  /** Relations through which an actor's name phrase extends below its head. */
  static final Set<String> PHRASE_RELS =
      Set.of("amod", "flat", "appos", "compound", "nmod", "det", "nummod", "name");
  /** Relations inside an apposition that keep naming the same one ("dem CHP-Abgeordneten Deniz Baykal"). */
  private static final Set<String> RESTATING = Set.of("appos", "flat", "compound", "amod", "det", "name");

  /** "US - Sanktionen": the token before a hyphen glued to the trigger, when it names an actor. */
  static int hyphenPrefix(SentenceView s, int token) {
    if (token < 2) {
      return -1;
    }
    var hy = s.token(token - 1);
    var first = s.token(token - 2);
    boolean glued = hy.text().equals("-") && hy.end() == s.token(token).begin() && first.end() == hy.begin();
    return glued && s.mention(token - 2) != null ? token - 2 : -1;
  }

  /**
   * A conjunct without a name of its own ("Chinas Staats- und Parteichef Xi Jinping", where the
   * parser hung the name elsewhere in the phrase): the first other actor named after it in the
   * coordinated phrase; never one across a border ("Ministerien der Hamas sowie Tunnel an der Grenze zu
   * Ägypten": Egypt is the neighbour, {@link BorderNames}).
   */
  static Mention nextNameInPhrase(SentenceView s, int head, int conjunct, List<Arg> found) {
    for (int t = conjunct; t < s.size(); t++) {
      Mention m = s.mention(t);
      if (m != null && dominates(s, head, t) && !BorderNames.acrossBorder(s, head, t)
          && found.stream().noneMatch(a -> a.actor().id().equals(m.actor().id()))) {
        return m;
      }
    }
    return null;
  }

  /** Whether {@code t} is a known person with a state in an apposition of {@code head}, reached through name words only. */
  private static boolean restated(SentenceView s, int head, int t) {
    Mention m = s.mention(t);
    if (m == null || m.actor() == null || m.actor().type() != org.chronik.model.ActorType.PERSON || m.actor().country() == null) {
      return false;
    }
    int cur = t;
    for (int guard = 0; guard < s.size() && s.head(cur) != head; guard++) {
      if (s.head(cur) < 0 || !RESTATING.contains(s.baseRel(cur))) {
        return false;
      }
      cur = s.head(cur);
    }
    return s.baseRel(cur).equals("appos");
  }

  /**
   * An apposition that an {@code ADDED_SIDE} adverb opens ("…, auch die EU"): the parser's apposition is the subject
   * of a clause of its own, another side told as doing the same, not the noun before it restated (root46).
   */
  static boolean addedSide(SentenceView s, int apposition) {
    if (apposition < 0 || !s.baseRel(apposition).equals("appos")) {
      return false;
    }
    for (int c : s.children(apposition)) {
      if (c < apposition && s.baseRel(c).equals("advmod") && s.grammar().is(EventGrammar.Kind.ADDED_SIDE, s.word(c))) {
        return true;
      }
    }
    return false;
  }

  /** The child of {@code head} on the way down to {@code t} (t itself when it is a child). */
  private static int branch(SentenceView s, int head, int t) {
    int cur = t;
    for (int guard = 0; guard < s.size() && s.head(cur) != head && s.head(cur) >= 0; guard++) {
      cur = s.head(cur);
    }
    return cur;
  }

  static boolean dominates(SentenceView s, int ancestor, int t) {
    for (int cur = t, guard = 0; cur >= 0 && guard < s.size(); cur = s.head(cur), guard++) {
      if (cur == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The actor of the phrase headed at {@code head}, or null. */
  static org.chronik.model.ActorRef actorRefOf(SentenceView s, int head) {
    Mention m = actorOf(s, head);
    return m == null ? null : m.actor();
  }

  /** The mention on the head token, else the nearest one inside its name phrase. */
  static Mention actorOf(SentenceView s, int head) {
    if (s.mention(head) != null) {
      return s.mention(head);
    }
    if (s.grammar().is(EventGrammar.Kind.SHARE, s.word(head))) {
      return null; // "72 Prozent der Briten": a statistic or a poll, not the Britons acting
    }
    List<Integer> phrase = new ArrayList<>();
    collectPhrase(s, head, phrase, 0);
    if (s.grammar().is(EventGrammar.Kind.COUNTERPART, s.lemma(head)) || s.grammar().is(EventGrammar.Kind.COUNTERPART, s.word(head))) {
      // "die Anwälte des IWF-Chefs", "Kritiker des Präsidenten": others than the one named after them
      // ("ukrainische Opfer", "ein kanadischer Anwalt" keep their own country)
      phrase.removeIf(t -> s.baseRel(branch(s, head, t)).equals("nmod"));
    }
    phrase.removeIf(t -> backed(s, head, t)); // "die von den USA geführte Koalition" is not the United States
    phrase.removeIf(t -> LowAgentPhrase.inside(s, head, t)); // "die Angriffe von Milizen der X ausgeführt": the agent, not the patient
    phrase.removeIf(t -> addedSide(s, branch(s, head, t))); // "hofft auf niedrigere Zinsen, auch die EU ist zufrieden": a side of its own
    int prefix = hyphenPrefix(s, head);
    if (prefix >= 0) {
      phrase.add(prefix);
    }
    if (privateBody(s, head)) {
      // "deutsche Transportunternehmen", "die US-Großbank": a company or club from a country, not its state
      phrase.removeIf(t -> s.mention(t) != null && s.mention(t).actor().type() == org.chronik.model.ActorType.COUNTRY);
    }
    // "der Alterspräsident des Parlaments, der Abgeordnete X": a known person in apposition is who the head is; the
    // genitive names another ("der Vertreter der EU, ein dänischer Diplomat": no known person, the body he speaks for)
    if (phrase.stream().anyMatch(t -> restated(s, head, t))) {
      phrase.removeIf(t -> !restated(s, head, t));
    }
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int t : phrase) {
      Mention m = s.mention(t);
      if (m != null && Math.abs(t - head) < bestDistance) {
        best = m;
        bestDistance = Math.abs(t - head);
      }
    }
    return best;
  }

  /** A head of grammar.tsv POSITION (a military position or base): its owner is where an act is aimed, never its agent. */
  static boolean position(SentenceView s, int head) {
    return s.grammar().isOrEndsIn(EventGrammar.Kind.POSITION, s.lemma(head)) || s.grammar().isOrEndsIn(EventGrammar.Kind.POSITION, s.word(head));
  }

  /** A head of grammar.tsv PRIVATE_BODY (a company, club, press report, private vehicle): its country word is where it is from. */
  static boolean privateBody(SentenceView s, int head) {
    return s.grammar().isOrEndsIn(EventGrammar.Kind.PRIVATE_BODY, s.lemma(head)) || s.grammar().isOrEndsIn(EventGrammar.Kind.PRIVATE_BODY, s.word(head));
  }

  static void collectPhrase(SentenceView s, int tok, List<Integer> out, int depth) {
    if (depth > 3) {
      return;
    }
    for (int c : s.children(tok)) {
      String rel = s.baseRel(c);
      if (!PHRASE_RELS.contains(rel)) {
        continue;
      }
      // a prepositional modifier names something else ("Botschafter in Berlin"), except PHRASE ones ("von"
      String p = rel.equals("nmod") ? s.preposition(c) : null;
      if (p != null && !s.grammar().is(EventGrammar.Kind.PHRASE, p) || negated(s, c) || compared(s, c)) {
        continue;
      }
      out.add(c);
      collectPhrase(s, c, out, depth + 1);
    }
  }
  /**
   * Whether {@code t} lies inside an attribute of a backing verb's participle below {@code head}
   * ("die vom Iran unterstützten Milizen", "die von den USA geführte Koalition"): the backer is not
   * the one the noun names. Other participles keep their agent ("die von der SPÖ geforderte Reform").
   */
  private static boolean backed(SentenceView s, int head, int t) {
    for (int cur = s.head(t), guard = 0; cur >= 0 && cur != head && guard < s.size(); cur = s.head(cur), guard++) {
      if (s.baseRel(cur).equals("amod") && s.grammar().is(EventGrammar.Kind.BACKING, s.lemma(cur))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A phrase with a word of comparison ("eine Organisation analog zur OPEC", "ähnlich der NATO") names a
   * model the sentence compares with, not a party to the act.
   */
  static boolean compared(SentenceView s, int tok) {
    int first = tok;
    for (int c : s.children(tok)) {
      String rel = s.baseRel(c);
      if ((rel.equals("amod") || rel.equals("advmod")) && s.grammar().is(EventGrammar.Kind.COMPARISON, s.lemma(c))) {
        return true;
      }
      if ((rel.equals("case") || rel.equals("det")) && c < first) {
        first = c;
      }
    }
    // the parser may hang the word on the verb: "präsentierte Pläne analog zur Weltbank"
    return first > 0 && s.grammar().is(EventGrammar.Kind.COMPARISON, s.lemma(first - 1));
  }

  /** A phrase with a negative determiner ("keine Deutschen") names who is not there. */
  static boolean negated(SentenceView s, int tok) {
    for (int c : s.children(tok)) {
      if (s.baseRel(c).equals("det") && s.grammar().is(EventGrammar.Kind.NEGATIVE_DETERMINER, s.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nationality adjectives coordinated on one noun name one side each ("zwischen sudanesischen und
   * südsudanesischen Truppen"): the actors of the adjectives and their conjuncts, in text order.
   * Empty unless at least two are found.
   */
  static java.util.List<org.chronik.model.ActorRef> coordinatedAdjectives(SentenceView s, int head) {
    java.util.List<org.chronik.model.ActorRef> out = new java.util.ArrayList<>();
    for (int a : s.children(head)) {
      if (!s.baseRel(a).equals("amod") || s.mention(a) == null) {
        continue;
      }
      java.util.List<Integer> adjectives = new java.util.ArrayList<>(java.util.List.of(a));
      for (int c : s.children(a)) {
        if (s.baseRel(c).equals("conj") && s.mention(c) != null) {
          adjectives.add(c);
        }
      }
      if (adjectives.size() > 1) {
        adjectives.forEach(t -> out.add(s.mention(t).actor()));
      }
    }
    return out.size() > 1 ? out : java.util.List.of();
  }
}
