package org.chronik.pipeline.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.Mention;
import org.chronik.model.Token;
import org.chronik.pipeline.attribution.Reporters;
import org.chronik.pipeline.discourse.AntecedentSearch;
import org.chronik.pipeline.events.AnaphorLexicon.Entry;
import org.chronik.pipeline.events.AnaphorLexicon.Kind;

/**
 * Which actors named before an anaphor it may stand for (Anaphora): the document as the antecedent
 * search reads it, with the actors that do not fit left out (no news medium, no reporter, none of the
 * anaphor's own clause, no actor of another type). One per document; reads the sentences Anaphora was given.
 */
final class AnaphorCandidates {
  private static final String MEDIA = "MED";
  /** Mention kinds that are no name of their own: group nouns, titles, pronouns, plural references. */
  private static final Set<String> NOT_NAMES = Set.of("GROUP", "TITLE", "PRONOUN", "PLURAL");

  private final Map<Integer, SentenceView> sentences;
  private final AnaphorWords words;
  private final Reporters reporters;
  private final AnaphorLexicon lexicon;

  AnaphorCandidates(Map<Integer, SentenceView> sentences, AnaphorWords words, Reporters reporters, AnaphorLexicon lexicon) {
    this.sentences = sentences;
    this.words = words;
    this.reporters = reporters;
    this.lexicon = lexicon;
  }

  /**
   * The document as the search reads it for this anaphor: fitting actors before it, outside its own
   * clause, other than {@code bound} (null: any).
   */
  AntecedentSearch.Text text(SentenceView here, int anaphor, Entry entry, ActorRef bound) {
    int clause = here.clauseHead(anaphor);
    return new AntecedentSearch.Text() {
      @Override
      public List<Token> tokens(int sentence) {
        SentenceView s = sentences.get(sentence);
        return s == null ? List.of() : CheckedTokens.of(s); // the case-checked subjects, as the slots read them
      }

      @Override
      public ActorRef candidate(int sentence, int k) {
        SentenceView s = sentences.get(sentence);
        Mention m = s == null ? null : s.anyMention(k);
        // "er" for one person named by a role ("der Attentäter"): the group the actors stage gave it (RoleAntecedent)
        boolean role = m != null && RoleAntecedent.applies(entry) && RoleAntecedent.fits(s, k, m, lexicon);
        if (m == null || !entry.refers().contains(m.actor().type()) && !role || MEDIA.equals(m.actor().sector())
            || bound != null && bound.id().equals(m.actor().id())
            || reporters.isReporter(s.sentence, k)) {
          return null;
        }
        // a description re-mentions an actor named as such, not one itself named by a description or a pronoun
        if (entry.kind() == Kind.DESCRIPTION && NOT_NAMES.contains(m.kind())) {
          return null;
        }
        if (entry.kind() == Kind.POSSESSIVE) {
          // never the act's other party in its noun's phrase ("ihre Sanktionen gegen Moskau"), nor one in a prepositional phrase
          boolean other = m.actor().type() == org.chronik.model.ActorType.PERSON && AnaphorWords.nounAsName(s, k) && !"TITLE".equals(m.kind())
              || s == here && ActorPhrase.dominates(s, here.head(anaphor), k) || AnaphorWords.inPrepositionalPhrase(s, k, s.clauseHead(k));
          return other || !words.agrees(s, k, entry, m.actor().type()) ? null : m.actor();
        }
        if (GenderedAntecedent.applies(entry) && !GenderedAntecedent.fits(s, k, m, entry)) {
          return null; // "ihr": an actor whose words show it feminine singular
        }
        // "Putin lobte ihn": never an actor of the anaphor's clause, except, for a demonstrative or a description,
        // one named in a phrase before it ("Nach dem Treffen mit Putin sagte dieser …", "Nach den Wahlen in
        // Ungarn warf die EU dem Land … vor": the country of the phrase, not one of the sentence before)
        boolean phraseBefore = (entry.kind() == Kind.DEMONSTRATIVE || entry.kind() == Kind.DESCRIPTION) && k < anaphor && AnaphorWords.inPrepositionalPhrase(s, k, clause);
        if (s == here && (k == anaphor || s.clauseHead(k) == clause && !phraseBefore)) {
          return null;
        }
        return m.actor();
      }
    };
  }
}
