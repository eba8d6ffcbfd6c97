package org.chronik.pipeline.actors;

import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.model.Token;

/**
 * Which mentions can stand behind a singular "sie" (rules in lang/de/actors/README.md, item 8): a
 * country or organisation whose head word is feminine singular (feminine.tsv: a listed word, or a
 * listed ending such as "-ung" or "-schaft"; the head is the last word before a genitive article,
 * "Gewerkschaft der Polizei"), and a person the text has shown to be a woman: one of the person's
 * mentions before the pronoun comes right after a noun with the feminine singular ending
 * ("Bundeskanzlerin Merkel", "EU-Außenkommissarin Benita Ferrero-Waldner") or holds a given name the tagger's
 * lexicon tags feminine ("Ursula von der Leyen"; tag-features.tsv). A mention that is only the
 * first part of a compound ("EU-Außenkommissarin") stands behind no pronoun.
 */
final class FeminineAntecedents {
  private static final String ENDING = "-";
  /** Relations by which a clause stands beside its sentence's main clause rather than below it. */
  private static final java.util.Set<String> MAIN_CLAUSE_LINKS = java.util.Set.of("conj", "parataxis");
  private static final int MAX_CLAUSE_STEPS = 8;
  /** Relations by which a name or apposition hangs on the word it names ("Bundeskanzlerin Angela Merkel"). */
  private static final java.util.Set<String> NAME_LINKS = java.util.Set.of("flat", "flat:name", "appos", "compound");
  private final LinkContext doc;

  FeminineAntecedents(LinkContext doc) {
    this.doc = doc;
  }

  /** The mention can be what a singular "sie" before {@code before} refers back to. */
  boolean fits(Mention mention, int before) {
    ActorType type = mention.actor().type();
    if (type == ActorType.LOCATION || mention.kind().equals("PRONOUN") || mention.kind().equals("PLURAL") || compoundPart(mention)) {
      return false;
    }
    return type == ActorType.PERSON ? woman(mention.actor().id(), before) : feminineHead(mention.text());
  }

  /**
   * Another actor heads a subject in sentences {@code from}..{@code to} before {@code before}: the pronoun, a
   * subject, likely continues it ("Die HDP wirft der Staatsführung … vor. Sie bezichtigt …" is the HDP,
   * whose gender no list gives), so a fitting actor elsewhere in the clause is no safe antecedent. A subject
   * headed by a plural noun cannot be what a singular "sie" stands for ("Die Ministerin sagte, die Behörden würden …
   * Sie warnte …"), and when a candidate heads the subject of a main clause, a subject of a clause below one
   * ("Merkel sagte, dass Serbien … Sie …") or one of an earlier sentence ("Der Chef … X. Die Vereinigung
   * schloss sich an, indem sie …") is the less salient: none of them blocks.
   */
  boolean otherSubject(int from, int to, int before, java.util.Set<String> candidates) {
    int mainCandidateSentence = -1; // the latest sentence in which a candidate heads the subject of a main clause
    for (Mention m : doc.out.all()) {
      int sentence = doc.out.sentenceOf(m);
      if (sentence >= from && sentence <= to && m.span().begin() < before && candidates.contains(m.actor().id())
          && subjectOf(m, true, true) != null) {
        mainCandidateSentence = Math.max(mainCandidateSentence, sentence);
      }
    }
    boolean mainCandidate = mainCandidateSentence >= 0;
    for (Mention m : doc.out.all()) {
      int sentence = doc.out.sentenceOf(m);
      boolean other = sentence >= Math.max(from, mainCandidateSentence) && sentence <= to && m.span().begin() < before && !candidates.contains(m.actor().id())
          && m.actor().type() != ActorType.LOCATION && !m.kind().equals("PRONOUN") && !m.kind().equals("PLURAL") && !compoundPart(m);
      Token subject = other ? subjectOf(m, mainCandidate, false) : null;
      if (subject != null && !pluralNoun(subject)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject the mention heads: a word of it that is a subject, or, with {@code named}, the subject a word of it
   * is the name or apposition of ("Bundeskanzlerin Angela Merkel"); with {@code main} only one of a main clause;
   * null when none. Only a candidate is read through its name: another actor blocks as before, by its own word.
   */
  private Token subjectOf(Mention m, boolean main, boolean named) {
    for (Piece p : doc.pieces) {
      if (p.begin() < m.span().begin() || p.end() > m.span().end()) {
        continue;
      }
      Token t = p.token();
      for (int steps = 0; named && t != null && t.deprel() != null && NAME_LINKS.contains(t.deprel()) && steps < MAX_CLAUSE_STEPS; steps++) {
        t = doc.token(p.sentence(), t.head());
      }
      if (t != null && t.deprel() != null && t.deprel().startsWith("nsubj") && (!main || mainClause(p.sentence(), t))) {
        return t;
      }
    }
    return null;
  }

  /** The subject's verb is its sentence's root, or joined to the root by coordination or parataxis only. */
  private boolean mainClause(int sentence, Token subject) {
    Token verb = doc.token(sentence, subject.head());
    for (int steps = 0; verb != null && steps < MAX_CLAUSE_STEPS; steps++) {
      if (verb.head() < 0) {
        return true;
      }
      if (verb.deprel() == null || !MAIN_CLAUSE_LINKS.contains(verb.deprel())) {
        return false;
      }
      verb = doc.token(sentence, verb.head());
    }
    return false;
  }

  /** A noun whose tag gives its number, and not the singular (the tagger tags every noun it knows with one). */
  private boolean pluralNoun(Token t) {
    String xpos = t.xpos();
    return "NOUN".equals(t.upos()) && xpos != null && !java.util.List.of(xpos.split(":")).contains(doc.language.singularFeature);
  }

  /** Some mention of person {@code id} before {@code before} follows a feminine singular noun ("Ministerin X"). */
  boolean woman(String id, int before) {
    for (Mention m : doc.out.all()) {
      if (m.actor().id().equals(id) && m.span().begin() < before && (feminineNounBefore(m.span().begin()) || womansGivenName(m))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head word is listed or has a listed ending: the last before a genitive article, or before the first
   * lower-case word after a capitalised one, a preposition of a post-modifier ("Regierung in Warschau",
   * "Organisation für Sicherheit …"), else the last ("baden-württembergische Landesregierung").
   */
  boolean feminineHead(String text) {
    String[] words = text.split("[\\s-]+");
    int head = words.length - 1;
    boolean capital = false;
    for (int i = 1; i < words.length; i++) {
      capital |= !words[i - 1].isEmpty() && Character.isUpperCase(words[i - 1].charAt(0));
      boolean lower = !words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0));
      if (doc.language.genitiveArticles.contains(words[i]) || capital && lower) {
        head = i - 1;
        break;
      }
    }
    String word = words[head];
    return feminine(word) || word.endsWith("s") && feminine(word.substring(0, word.length() - 1));
  }

  private boolean feminine(String word) {
    if (doc.language.feminine.contains(word)) {
      return true;
    }
    for (String entry : doc.language.feminine) {
      if (entry.startsWith(ENDING) && word.length() > entry.length() + 1 && Character.isUpperCase(word.charAt(0))
          && word.endsWith(entry.substring(ENDING.length()))) {
        return true;
      }
    }
    return false;
  }

  /** A token of the mention is tagged a given name and feminine ("Ursula": the tagger's lexicon, not a guess). */
  private boolean womansGivenName(Mention m) {
    for (Piece p : doc.pieces) {
      String xpos = p.token().xpos();
      if (p.begin() >= m.span().begin() && p.end() <= m.span().end() && xpos != null) {
        java.util.List<String> features = java.util.List.of(xpos.split(":"));
        if (features.contains(doc.language.givenNameFeature) && features.contains(doc.language.feminineFeature)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The word piece right before {@code begin} is a capitalised noun with the feminine singular ending. */
  private boolean feminineNounBefore(int begin) {
    Piece previous = null;
    for (Piece p : doc.pieces) {
      if (p.end() > begin) {
        break;
      }
      previous = p;
    }
    if (previous == null || !previous.capitalized() || !"NOUN".equals(previous.token().upos())) {
      return false;
    }
    String text = previous.text();
    return text.endsWith(doc.language.feminineSingularEnding) && !text.endsWith(doc.language.femininePluralEnding)
        && text.length() > doc.language.feminineSingularEnding.length() + 2;
  }

  /** The mention is the first part of a hyphenated compound ("EU" in "EU-Außenkommissarin"). */
  private boolean compoundPart(Mention m) {
    int end = m.span().end();
    return end < doc.body.length() && doc.body.charAt(end) == '-';
  }
}
