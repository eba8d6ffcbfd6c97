package org.chronik.pipeline.events;

import org.chronik.model.ArgumentSource;
import org.chronik.pipeline.discourse.AntecedentSearch;
import org.chronik.pipeline.events.AnaphorLexicon.Entry;

/**
 * The agent a possessive determiner on an act noun names ("Ihre Sanktionen …", "Bei ihrem Vormarsch"),
 * for {@link Anaphora}. One per document, as the candidates it searches are.
 */
final class PossessiveOwner {
  private final ClauseSubject clauseSubject;
  private final AnaphorWords words;
  private final AnaphorCandidates candidates;

  PossessiveOwner(ClauseSubject clauseSubject, AnaphorWords words, AnaphorCandidates candidates) {
    this.clauseSubject = clauseSubject;
    this.words = words;
    this.candidates = candidates;
  }

  /**
   * The owner a possessive names, its act noun's agent ("Ihre Sanktionen …"; rules: README "Anaphors"):
   * the nearest fitting actor before it in its sentence outside a prepositional phrase, else in the
   * sentence before, a subject first; none when an actor subject of its clause follows it (unless the possessive's
   * noun heads a phrase fronted before that subject: FrontedPhrase) or the nearest fitting noun names none.
   */
  ArgumentFinder.Arg of(SentenceView s, int token, Entry entry) {
    for (int t : clauseSubject.of(s, s.clauseHead(token))) {
      if (t > token && !ActorPhrase.dominates(s, t, token) && ActorPhrase.actorOf(s, t) != null) {
        return FrontedPhrase.owner(s, words, token, entry, t); // "Bei ihrem Vormarsch trafen US-Truppen …"
      }
    }
    int noun = words.nearestFittingNoun(s, token, entry);
    if (noun >= 0 && ActorPhrase.actorOf(s, noun) == null) {
      return null; // the nearest fitting noun names no actor: it is the likely owner ("dass die Union ihre Kritik …")
    }
    int index = s.sentence.index();
    AntecedentSearch.Text text = candidates.text(s, token, entry, null);
    AntecedentSearch.Found found = AntecedentSearch.locate(text, index, s.token(token).begin(), AntecedentSearch.Mode.LAST_NAMED, 0);
    if (found == null && index > 0) {
      found = AntecedentSearch.locate(text, index - 1, s.token(token).begin(), AntecedentSearch.Mode.SUBJECT_FIRST, 0);
    }
    return found == null || found.actor().country() == null ? null : new ArgumentFinder.Arg(found.actor(), token, ArgumentSource.PRONOUN);
  }
}
