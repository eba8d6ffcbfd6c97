package org.chronik.pipeline.events;

import org.chronik.model.ArgumentSource;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.AnaphorLexicon.Entry;

/**
 * A prepositional phrase standing before its clause's verb and subject ("Bei ihrem Vormarsch trafen
 * US-Truppen auf Widerstand", "Nach seinen Gesprächen in Berlin reiste der Präsident ab"): a possessive
 * on its noun looks ahead to that subject, which owns the act the noun names when it agrees with the
 * possessive (read by {@link Anaphora}). Not a phrase naming what is spoken of (grammar.tsv TOPIC:
 * "Über seine Motive machte die Polizei keine Angaben"), nor an object ("Ihre Sanktionen verurteilte
 * Russland": the object's owner is someone else).
 */
final class FrontedPhrase {
  private FrontedPhrase() {}

  /** The actor subject at {@code subject} as the owner of the possessive at {@code possessive}, or null. */
  static ArgumentFinder.Arg owner(SentenceView s, AnaphorWords words, int possessive, Entry entry, int subject) {
    Mention m = ActorPhrase.actorOf(s, subject);
    // the lexicon's readings of the subject phrase, else its tags ("der Außenminister" is tagged plural at times)
    boolean owns = m != null && m.actor().country() != null && fronted(s, possessive, subject) && s.cases()
        .subjectMayCarry(s, subject, entry.agreement()).orElseGet(() -> words.agrees(s, subject, entry, m.actor().type()));
    return owns ? new ArgumentFinder.Arg(m.actor(), possessive, ArgumentSource.PRONOUN) : null;
  }

  /** The possessive's noun heads a phrase of the subject's verb, before that verb and the subject. */
  private static boolean fronted(SentenceView s, int possessive, int subject) {
    int noun = s.head(possessive);
    if (noun < 0 || !s.upos(noun).equals("NOUN") || !s.baseRel(noun).equals("obl")) {
      return false;
    }
    String preposition = s.preposition(noun);
    int verb = s.head(noun);
    return preposition != null && !s.grammar().is(EventGrammar.Kind.TOPIC, preposition)
        && verb >= 0 && s.isVerbal(verb) && noun < verb && noun < subject && s.head(subject) == verb;
  }
}
