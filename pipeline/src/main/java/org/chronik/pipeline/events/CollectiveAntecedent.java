package org.chronik.pipeline.events;

import java.util.List;
import java.util.Map;
import org.chronik.model.Mention;
import org.chronik.model.Span;
import org.chronik.pipeline.discourse.AntecedentSearch;
import org.chronik.pipeline.events.AnaphorLexicon.Entry;

/**
 * A plural pronoun ("sie" as the subject of a plural verb) for an actor named in the singular by a noun
 * for a body of many people (AnaphorLexicon COLLECTIVE: "die US-Regierung verhängte Sanktionen. 2011
 * verschärften sie …"). It counts only when its clause has no other reading: no actor named in the plural
 * that the pronoun could mean ("die Regierung kritisierte die Rebellen. Sie griffen …") stands between
 * the antecedent and the pronoun, the antecedent's sentence included. Read by Anaphora.
 */
final class CollectiveAntecedent {
  private final AnaphorLexicon lexicon;
  private final Map<Integer, SentenceView> sentences;

  CollectiveAntecedent(AnaphorLexicon lexicon, Map<Integer, SentenceView> sentences) {
    this.lexicon = lexicon;
    this.sentences = sentences;
  }

  /** Whether the singular antecedent {@code found} may stand for the plural pronoun {@code entry} at {@code anaphor} of {@code here}. */
  boolean stands(AntecedentSearch.Found found, Entry entry, SentenceView here, int anaphor) {
    SentenceView s = sentences.get(found.sentence());
    int antecedent = s == null ? -1 : head(s, found.token());
    if (!entry.plural() || antecedent < 0 || found.actor().country() == null || !collective(s, found.token())) {
      return false;
    }
    for (int i = found.sentence(); i <= here.sentence.index(); i++) {
      SentenceView v = sentences.get(i);
      int end = v == here ? anaphor : v == null ? 0 : v.size();
      for (int k = 0; k < end; k++) {
        Mention m = v.anyMention(k);
        int h = m == null ? -1 : head(v, k);
        if (m != null && !(v == s && h == antecedent) && v.plural(h) && entry.refers().contains(m.actor().type())) {
          return false; // an actor named in the plural: the pronoun may mean it
        }
      }
    }
    return true;
  }

  /**
   * Whether a word on the way from the token up to its phrase's head is a collective noun: the head
   * ("die japanische Regierung") or, for a hyphenated compound the parser split, its last part ("US - Regierung").
   */
  private boolean collective(SentenceView s, int token) {
    List<Span> phrases = s.mentions(token).stream().map(Mention::span).toList();
    for (int t = token; t >= 0 && (t == token || inside(phrases, s.token(t).span())); t = s.head(t)) {
      if (lexicon.collective(s.lemma(t))) {
        return true;
      }
    }
    return false;
  }

  /** The head word of the actor phrase the token begins or lies in ("japanische" → "Regierung" of "die japanische Regierung"). */
  static int head(SentenceView s, int token) {
    List<Span> phrases = s.mentions(token).stream().map(Mention::span).toList();
    int t = token;
    for (int up = s.head(t); up >= 0 && inside(phrases, s.token(up).span()); up = s.head(t)) {
      t = up;
    }
    return t;
  }

  private static boolean inside(List<Span> phrases, Span word) {
    return phrases.stream().anyMatch(p -> p.contains(word));
  }
}
