package org.chronik.pipeline.events;

import java.util.Locale;
import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * An act told in a present-tense relative clause on a kind of people (a plural noun the actors stage
 * knows, read through {@link RelativePronoun}): a plural noun without an article
 * ("Syrer, die abgeschoben werden, …", "Flüchtlinge, die Asyl beantragen") or a plural person noun of
 * {@code GENERIC … noun} in modality.tsv ("die Personen, die hier um Schutz ansuchen"). The clause
 * says who is meant, it tells no act: HYPOTHETICAL. A past tense ({@code GENERIC … form}, a tag feature)
 * or a perfect ({@code GENERIC … aux}) tells what was done to or by those people, and stays an event.
 */
final class GenericRelatives {
  private GenericRelatives() {}

  static boolean generic(SentenceView s, int clause, ModalityCues cues) {
    int noun = s.baseRel(clause).equals("acl") ? relativeNoun(s, clause) : -1;
    // people the actors stage knows ("Syrer", "Personen"), not things ("Schüsse über den Schiffen, die …")
    if (noun < 0 || !s.upos(noun).equals("NOUN") || !s.plural(noun) || s.anyMention(noun) == null) {
      return false;
    }
    boolean determiner = s.children(noun).stream().anyMatch(c -> s.baseRel(c).equals("det"));
    if (determiner && !cues.is(Kind.GENERIC, Where.NOUN, s.lemma(noun).toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (past(s, clause, cues)) {
      return false;
    }
    for (int c : s.children(clause)) {
      if (s.baseRel(c).equals("aux") && (past(s, c, cues) || cues.is(Kind.GENERIC, Where.AUX, s.lemma(c)))) {
        return false;
      }
    }
    return true;
  }

  /** The noun the clause's relative pronoun stands for, with the repair of {@link RelativePronoun}; -1 when it has none. */
  private static int relativeNoun(SentenceView s, int clause) {
    for (int c : s.children(clause)) {
      if (s.antecedent(c) >= 0) {
        return RelativePronoun.antecedent(s, c);
      }
    }
    return -1;
  }

  private static boolean past(SentenceView s, int verb, ModalityCues cues) {
    String tag = s.xpos(verb);
    if (tag == null) {
      return false;
    }
    for (String feature : tag.split(":")) {
      if (cues.is(Kind.GENERIC, Where.FORM, feature.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return cues.is(Kind.PASSIVE_PAST, Where.FORM, s.word(verb).toLowerCase(Locale.ROOT));
  }
}
