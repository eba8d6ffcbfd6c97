package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.pipeline.discourse.AntecedentSearch;
import org.chronik.pipeline.events.AnaphorLexicon.Entry;

/**
 * Antecedents of a gendered pronoun (anaphors.tsv: a PRONOUN whose number column holds tag features,
 * "ihr" SIN+FEM): only an actor whose own words show the gender and number ("der Lehrerin", "die
 * Ministerin Faeser", "die Türkei", a given name the lexicon tags feminine: "Annalena Baerbock"), never
 * one named by a surname alone (the people list has no gender, the tagger guesses a surname's), and
 * only when it is the one such actor in reach: with two, the pronoun stays unresolved.
 */
final class GenderedAntecedent {
  private GenderedAntecedent() {}

  /** True for an entry this class decides on: a pronoun with features. */
  static boolean applies(Entry entry) {
    return entry.kind() == AnaphorLexicon.Kind.PRONOUN && !entry.agreement().isEmpty();
  }

  /**
   * The mention at token k carries the entry's features: a noun of its words, or the noun its name
   * stands beside ("die Ministerin Faeser"), or that noun's article; a country's or an organisation's
   * name by its own tag too ("der Türkei").
   */
  static boolean fits(SentenceView s, int k, Mention m, Entry entry) {
    for (int t = 0; t < s.size(); t++) {
      boolean inside = s.token(t).begin() >= m.span().begin() && s.token(t).end() <= m.span().end();
      if (inside && carries(s, t, entry, m.actor().type() != ActorType.PERSON)) {
        return true;
      }
    }
    int head = s.head(k);
    String rel = s.baseRel(k);
    return head >= 0 && (rel.equals("appos") || rel.equals("flat")) && carries(s, head, entry, false);
  }

  /**
   * No other fitting actor stands between the antecedent and the pronoun (from the antecedent's
   * sentence up to the pronoun): two that fit make the pronoun ambiguous.
   */
  static boolean alone(AntecedentSearch.Text text, int sentence, int before, AntecedentSearch.Found found) {
    for (int i = sentence; i >= found.sentence(); i--) {
      List<org.chronik.model.Token> tokens = text.tokens(i);
      for (int k = 0; k < tokens.size(); k++) {
        if (i == sentence && tokens.get(k).end() > before) {
          break;
        }
        org.chronik.model.ActorRef a = text.candidate(i, k);
        if (a != null && !a.id().equals(found.actor().id())) {
          return false;
        }
      }
    }
    return true;
  }

  /** A noun, a given name (or, with {@code names}, any name) tagged with the features, or one whose article is. */
  private static boolean carries(SentenceView s, int t, Entry entry, boolean names) {
    String upos = s.upos(t);
    java.util.Set<String> features = s.grammar().tagFeatures(s.xpos(t));
    boolean givenName = features.stream().anyMatch(f -> s.grammar().is(EventGrammar.Kind.GIVEN_NAME_FEATURE, f));
    if (!upos.equals("NOUN") && !(upos.equals("PROPN") && (names || givenName))) {
      return false;
    }
    if (fits(features, entry)) {
      return true;
    }
    for (int c : s.children(t)) {
      if (s.baseRel(c).equals("det") && fits(s.grammar().tagFeatures(s.xpos(c)), entry)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fits(Set<String> features, Entry entry) {
    return !features.isEmpty() && entry.agreement().stream().anyMatch(features::containsAll);
  }
}
