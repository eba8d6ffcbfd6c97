package org.chronik.pipeline.events;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * The author of a thing an answer is about, named only by a possessive on it: "Erdoğan drohte mit einer
 * Offensive. Die USA verurteilten seine Äußerungen" is aimed at Erdoğan. The thing is a noun listed
 * {@code AUTHORED} in {@code lang/<iso>/events/act-words.tsv} ("Plan", "Äußerung", "Entscheidung"),
 * heading a target phrase of an answer (its {@code ANSWER} roots); the owner is the one the possessive
 * names by the rules of any possessive (Anaphora: the nearest fitting actor before it, else the sentence
 * before's). An owner on the answering side makes the thing the source's own ("Der Kreml verteidigte
 * seine Pläne"): that answer has no target at all, not even a default one. Read by {@link ImplicitTarget}.
 */
final class OwnedThing {
  /** The owner of a possessed thing, and whether it is on a side of the sources (then no target). */
  record Found(Arg owner, boolean own) {}

  private OwnedThing() {}

  /** The owner a possessive on one of the target phrases or the rule's object names, or null when none does. */
  static Found of(ThingPhrases things, String code, List<ActorRef> sources) {
    SentenceView s = things.sentence();
    Anaphora anaphora = things.anaphora();
    if (!things.words().answers(code)) {
      return null;
    }
    for (int h : things.heads()) {
      // the phrase is the thing ("kritisierte seine Pläne") or, read as a genitive slot, its possessive ("wies seine Vorwürfe zurück")
      int thing = possessive(s, h, anaphora) ? s.head(h) : h;
      if (thing < 0 || !s.upos(thing).equals("NOUN") || !things.words().authored(s.lemma(thing))) {
        continue;
      }
      for (int c : s.children(thing)) {
        Arg owner = possessive(s, c, anaphora) ? anaphora.resolve(s, c, thing) : null;
        if (owner != null) {
          return new Found(owner, sources.stream().anyMatch(x -> Sides.same(x, owner.actor())));
        }
      }
    }
    return null;
  }

  /** A possessive determiner of the anaphor lexicon; capitalized only at the sentence start (else "Ihre" addresses the reader). */
  private static boolean possessive(SentenceView s, int token, Anaphora anaphora) {
    String word = s.token(token).text();
    boolean capital = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    return s.baseRel(token).equals("det") && !(capital && token > 0) && anaphora.lexicon().possessive(word) != null;
  }
}
