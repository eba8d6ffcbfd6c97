package org.chronik.pipeline.events;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.chronik.model.ActorRef;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * The author of a decision, plan, law or statement an answer names by a definite noun only, from where the
 * same noun was told with its author in its own or the {@link #BACK} sentences before: "Die Regierung gab ihre
 * Entscheidung bekannt. … Großbritannien kritisierte die Entscheidung" → that government; further back along a
 * chain of definite re-mentions of the noun ({@link MentionChain}). The noun is one whose
 * possessive names its author ({@code AUTHORED} in act-words.tsv, or a compound ending in one); its author there
 * is a genitive actor ("die Entscheidung des Gerichts"), the owner of a possessive ("seine Entscheidung"), or
 * the subject of the clause whose object it is when it is told as new ("traf eine Entscheidung", "gab ihre
 * Entscheidung bekannt"; not "Y kritisierte die Entscheidung", a re-mention). Read by {@link ImplicitTarget}.
 */
final class AuthoredBefore {
  /** How many sentences back the noun may have been told with its author (as the other antecedents of Discourse). */
  static final int BACK = 2;

  private AuthoredBefore() {}

  /**
   * The author, when one of the answer's object phrases is a definite authored noun naming no actor and
   * the author found is not the answering side's own (then null: "verteidigte die Entscheidung", its own).
   */
  static Arg of(ThingPhrases things, Predicate<ActorRef> own) {
    SentenceView s = things.sentence();
    ActWords words = things.words();
    Anaphora anaphora = things.anaphora();
    int index = s.sentence.index();
    for (int h : things.heads()) {
      if (h < 0 || !s.upos(h).equals("NOUN") || !words.authored(s.lemma(h)) || !anaphora.definite(s, h)
          || ActorPhrase.actorOf(s, h) != null || s.children(h).stream().anyMatch(c -> possessive(s, c, anaphora))) {
        continue;
      }
      String noun = lower(s.lemma(h));
      int last = index; // the sentence of the latest mention of the noun, the answer's own at first
      boolean chained = true; // every mention passed was a definite re-mention naming no actor
      for (int k = index; k >= 0 && (k >= index - BACK || chained && k >= last - MentionChain.HOP); k--) {
        SentenceView v = k == index ? s : anaphora.sentence(k);
        for (int n = v == null ? -1 : (k == index ? h - 1 : v.size() - 1); n >= 0; n--) {
          if (!v.upos(n).equals("NOUN") || !lower(v.lemma(n)).endsWith(noun)) {
            continue;
          }
          ActorRef a = author(v, n, anaphora);
          if (a != null && (k >= index - BACK || chained)) {
            return own.test(a) ? null : new Arg(a, -1, ArgumentSource.ANTECEDENT);
          }
          chained &= MentionChain.continues(v, n, anaphora);
          last = k;
        }
      }
    }
    return null;
  }

  /** The author the sentence gives the noun at {@code n}: genitive, possessive owner, or the subject of a clause telling it as new. */
  static ActorRef author(SentenceView v, int n, Anaphora anaphora) {
    boolean owned = false;
    for (int c : v.children(n)) {
      Mention genitive = v.baseRel(c).equals("nmod") && v.preposition(c) == null ? ActorPhrase.actorOf(v, c) : null;
      if (genitive != null) {
        return genitive.actor();
      }
      if (possessive(v, c, anaphora)) {
        ArgumentFinder.Arg owner = anaphora.resolve(v, c, n);
        if (owner != null) {
          return owner.actor();
        }
        owned = true;
      }
    }
    int verb = v.head(n);
    if (verb < 0 || !v.baseRel(n).equals("obj") || !owned && anaphora.definite(v, n)) {
      return null;
    }
    for (int subject : v.subjects(verb)) {
      Mention m = ActorPhrase.actorOf(v, subject);
      if (m != null) {
        return m.actor();
      }
    }
    return null;
  }

  private static boolean possessive(SentenceView s, int token, Anaphora anaphora) {
    return s.baseRel(token).equals("det") && anaphora.lexicon().possessive(s.token(token).text()) != null;
  }

  private static String lower(String w) {
    return w == null ? "" : w.toLowerCase(Locale.ROOT);
  }
}
