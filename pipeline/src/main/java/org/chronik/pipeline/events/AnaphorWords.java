package org.chronik.pipeline.events;

import org.chronik.pipeline.events.AnaphorLexicon.Entry;
import org.chronik.pipeline.events.AnaphorLexicon.Kind;

/**
 * Which words of a sentence are anaphors (lang/de/events/anaphors.tsv): a pronoun standing as a noun
 * phrase, a demonstrative the parser made a name's determiner, a definite description that names no
 * actor of its own. What they refer to is {@link Anaphora}'s job.
 */
final class AnaphorWords {
  private final AnaphorLexicon lexicon;

  AnaphorWords(AnaphorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The noun at {@code token} is definite and names no actor of its own ("Der Luftangriff", "dieser
   * Angriff"; not "ein Angriff", "der israelische Angriff"): it re-mentions something told before.
   */
  boolean definite(SentenceView s, int token) {
    boolean determined = false;
    for (int c : s.children(token)) {
      if (s.baseRel(c).equals("det")) {
        determined |= lexicon.determiner(s.lemma(c));
      } else if (s.mention(c) != null) {
        return false;
      }
    }
    return determined && ActorPhrase.actorOf(s, token) == null;
  }

  /**
   * The demonstrative the parser made the determiner of the name right after it, where a name takes
   * none ("beschuldigte dieser Israel und die USA": "dieser" is the subject, the names the object); -1
   * when the name has no such word.
   */
  int demonstrativeOn(SentenceView s, int name) {
    int before = name - 1;
    if (before < 0 || !s.upos(name).equals("PROPN") || s.head(before) != name || !s.baseRel(before).equals("det")) {
      return -1;
    }
    Entry e = lexicon.pronoun(s.word(before));
    return e != null && e.kind() == Kind.DEMONSTRATIVE ? before : -1;
  }

  /** A pronoun of the lexicon; a plural one only as the subject of a plural verb. */
  Entry pronoun(SentenceView s, int token) {
    // a demonstrative standing alone is often tagged a determiner: then its relation shows it is a noun phrase
    boolean standsAlone = s.upos(token).equals("PRON") || s.upos(token).equals("DET") && !s.baseRel(token).equals("det")
        || s.head(token) >= 0 && demonstrativeOn(s, s.head(token)) == token;
    Entry e = standsAlone ? lexicon.pronoun(s.word(token)) : null;
    if (e != null && e.kind() == Kind.IMPERSONAL) {
      return s.deprel(token).startsWith("nsubj") ? e : null;
    }
    if (e == null || !e.plural()) {
      return e;
    }
    return s.deprel(token).startsWith("nsubj") && pluralVerb(s, s.head(token)) ? e : null;
  }

  /** A description noun with a determiner and nothing of its own that names or modifies it into another actor. */
  Entry description(SentenceView s, int token) {
    Entry e = s.upos(token).equals("NOUN") ? lexicon.description(s.lemma(token)) : null;
    boolean truncated = token + 1 < s.size() && s.word(token + 1).equals("-") && s.token(token + 1).begin() == s.token(token).end();
    if (e == null || truncated) {
      return null; // "Staats- und Regierungschefs": the first part of a compound
    }
    boolean determined = false;
    for (int c : s.children(token)) {
      String rel = s.baseRel(c);
      if (rel.equals("det")) {
        determined |= lexicon.determiner(s.lemma(c));
      } else if (rel.equals("amod") || rel.equals("nmod") || rel.equals("appos") || rel.equals("flat") || rel.equals("compound")) {
        return null; // "das Land der Mitte", "die kurdische Partei": a phrase of its own, not a re-mention
      }
    }
    return determined ? e : null;
  }

  private static boolean pluralVerb(SentenceView s, int verb) {
    if (verb < 0) {
      return false;
    }
    if (s.xpos(verb).contains(":PLU")) {
      return true;
    }
    for (int c : s.children(verb)) {
      if (s.baseRel(c).equals("aux") && s.xpos(c).contains(":PLU")) {
        return true;
      }
    }
    return false;
  }

}
