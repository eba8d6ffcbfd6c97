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
    if (e != null && GenderedAntecedent.applies(e) && s.deprel(token).equals("nsubj")) {
      return null; // "ihr" as a subject addresses the reader ("Ihr habt …"); it refers back as a dative
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
    if (!e.plural() && s.plural(token)) {
      return null; // "die Staaten, die …", "den Ländern": many, not the one country named before or the article's focus
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

  /**
   * A country description under a possessive determiner and nothing else of its own ("sein Land", "ihr
   * Staat"): it names the owner's country ("Der finnische Außenminister erklärte, sein Land …"). Returns
   * the possessive's token, or -1 (also for "das Land", "sein Land der Seen", "ihr kleines Land").
   */
  int possessedCountry(SentenceView s, int token) {
    Entry e = s.upos(token).equals("NOUN") ? lexicon.description(s.lemma(token)) : null;
    if (e == null || e.kind() != Kind.DESCRIPTION || !e.refers().contains(org.chronik.model.ActorType.COUNTRY)) {
      return -1;
    }
    int possessive = -1;
    for (int c : s.children(token)) {
      String rel = s.baseRel(c);
      if (rel.equals("det") && possessive(s, c) != null) {
        possessive = c;
      } else if (rel.equals("det") || rel.equals("amod") || rel.equals("nmod") || rel.equals("appos") || rel.equals("flat")
          || rel.equals("compound")) {
        return -1;
      }
    }
    return possessive;
  }

  /**
   * A possessive determiner of the lexicon on a noun ("ihre Sanktionen", "seine Hilfe"); a capitalized
   * form only at the sentence start (elsewhere it is the polite form of address).
   */
  Entry possessive(SentenceView s, int token) {
    String word = s.token(token).text();
    boolean capital = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    if (!s.baseRel(token).equals("det") || capital && token > 0) {
      return null;
    }
    return lexicon.possessive(word);
  }

  /**
   * The actor named at {@code token} fits the possessive's agreement: its head word's tag, or its
   * article's (by the article's form when it has no tag), carries one of the entry's feature sets. A person's name passes (the tagger guesses a
   * name's gender, often wrongly); a person named by a noun ("der Präsident") is checked.
   */
  boolean agrees(SentenceView s, int token, Entry possessive, org.chronik.model.ActorType type) {
    if (type == org.chronik.model.ActorType.PERSON && s.upos(token).equals("PROPN")) {
      return true;
    }
    if (fits(s.grammar().tagFeatures(s.xpos(token)), possessive)) {
      return true;
    }
    for (int c : s.children(token)) {
      // an untagged article, or one beside an untagged name, by its form ("Die EU", "den USA" tagged singular)
      Entry article = s.baseRel(c).equals("det") && (s.xpos(c).isEmpty() || s.xpos(token).isEmpty()) ? lexicon.article(s.word(c)) : null;
      if (s.baseRel(c).equals("det") && fits(s.grammar().tagFeatures(s.xpos(c)), possessive) || article != null && article.agreement().stream()
          .anyMatch(a -> possessive.agreement().stream().anyMatch(a::containsAll))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nearest noun before the possessive in its sentence that fits it, outside a prepositional phrase,
   * a time and the possessive's own noun phrase: the likely owner ("dass die Union ihre Kritik …"); -1 when none.
   */
  int nearestFittingNoun(SentenceView s, int possessive, Entry entry) {
    for (int k = possessive - 1; k >= 0; k--) {
      boolean noun = s.upos(k).equals("NOUN") || s.upos(k).equals("PROPN");
      if (!noun || s.inTime(k) || ActorPhrase.dominates(s, s.head(possessive), k) || inPrepositionalPhrase(s, k, s.clauseHead(k))) {
        continue;
      }
      org.chronik.model.Mention m = ActorPhrase.actorOf(s, k);
      if (agrees(s, k, entry, m == null ? null : m.actor().type())) {
        return k;
      }
    }
    return -1;
  }

  /** A person's name that is likely a common noun read as a name: tagged a noun, or with an article of its own ("der Bär"). */
  static boolean nounAsName(SentenceView s, int token) {
    return s.upos(token).equals("NOUN") || s.children(token).stream().anyMatch(c -> s.baseRel(c).equals("det"));
  }

  /** The token stands inside a prepositional phrase of the clause ("nach dem Angriff von X"). */
  static boolean inPrepositionalPhrase(SentenceView s, int token, int clause) {
    for (int t = token; t >= 0 && t != clause; t = s.head(t)) {
      if (s.preposition(t) != null) {
        return true;
      }
    }
    return false;
  }

  /** The tag's features hold all of one of the possessive's agreement alternatives. */
  private static boolean fits(java.util.Set<String> features, Entry possessive) {
    return !features.isEmpty() && possessive.agreement().stream().anyMatch(features::containsAll);
  }

  private static boolean pluralVerb(SentenceView s, int verb) {
    if (verb < 0) {
      return false;
    }
    if (s.plural(verb)) {
      return true;
    }
    for (int c : s.children(verb)) {
      if (s.baseRel(c).equals("aux") && s.plural(c)) {
        return true;
      }
    }
    return false;
  }

}
