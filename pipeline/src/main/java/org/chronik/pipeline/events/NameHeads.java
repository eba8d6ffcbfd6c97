package org.chronik.pipeline.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.model.Token;
import org.chronik.pipeline.discourse.AntecedentSearch;

/**
 * A definite noun that re-mentions an organisation by the head word of its name: "Der
 * Sicherheitsrat" after "der UN-Sicherheitsrat" or "der Sicherheitsrat der Vereinten Nationen",
 * "Die Gewerkschaft" after "die Gewerkschaft der Polizei". The head is the parser's: the word of
 * the earlier name that its other words hang on (or its part after a hyphen), so "die Polizei" never stands for "die Gewerkschaft
 * der Polizei". Only names (not group nouns, titles or pronouns) of organisations and international
 * organisations with a country; the latest such name anywhere before in the article.
 */
final class NameHeads {
  private static final Set<ActorType> NAMED = Set.of(ActorType.ORGANIZATION, ActorType.IGO);
  /** Mention kinds that are a name of the actor, not a description of it. */
  private static final Set<String> NAMES = Set.of("NAME", "ALIAS");

  private NameHeads() {}

  /** The organisation whose name has the head word at {@code token}; null when none was named before. */
  static ActorRef resolve(Map<Integer, SentenceView> sentences, SentenceView here, int token) {
    String head = here.lemma(token);
    int clause = here.clauseHead(token);
    AntecedentSearch.Text text = new AntecedentSearch.Text() {
      @Override
      public List<Token> tokens(int sentence) {
        SentenceView s = sentences.get(sentence);
        return s == null ? List.of() : s.sentence.tokens();
      }

      @Override
      public ActorRef candidate(int sentence, int k) {
        SentenceView s = sentences.get(sentence);
        Mention m = s == null ? null : s.anyMention(k);
        boolean fits = m != null && NAMED.contains(m.actor().type()) && NAMES.contains(m.kind()) && m.actor().country() != null
            && heads(s.lemma(k), head) && headOf(s, k, m) && !(s == here && s.clauseHead(k) == clause);
        return fits ? m.actor() : null;
      }
    };
    int index = here.sentence.index();
    AntecedentSearch.Found found = AntecedentSearch.locate(text, index, here.token(token).begin(), AntecedentSearch.Mode.LAST_NAMED, index);
    return found == null ? null : found.actor();
  }

  /** The word is the head or ends in it after a hyphen ("UN-Sicherheitsrat" for "Sicherheitsrat"). */
  private static boolean heads(String word, String head) {
    return word.equals(head) || word.endsWith("-" + head);
  }

  /** The token heads the mention's words: its own head lies outside the mention. */
  private static boolean headOf(SentenceView s, int k, Mention m) {
    int h = s.head(k);
    return m.span().contains(s.token(k).span()) && (h < 0 || !m.span().contains(s.token(h).span()));
  }
}
