package org.chronik.pipeline.events;

import java.util.Set;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.AnaphorLexicon.Entry;
import org.chronik.pipeline.events.AnaphorLexicon.Kind;

/**
 * A singular personal pronoun for persons ("er", "ihn", "ihm") re-mentioning one person the text
 * named only by a role noun (AnaphorLexicon ROLE: "Der Selbstmordattentäter saß am Steuer, als er
 * sich in die Luft sprengte", "Ein Soldat feuerte auf die Menge. Er wurde festgenommen"): the actors
 * stage gives such a noun the group it belongs to (suicide bombers, the police, the army of the scene),
 * so the pronoun, which otherwise means a named person, may stand for that group. Only a singular
 * head, told by its article, not by its tag (the tagger often tags "Attentäter" plural): a singular
 * masculine one ("ein", "dem"); one that may also be plural ("der Attentäter": genitive plural too) only
 * when the noun heads a subject, where it is nominative. Read by AnaphorCandidates; stateless.
 */
final class RoleAntecedent {
  private static final String SINGULAR = "SIN";
  private static final String MASCULINE = "MAS";
  private static final String PLURAL = "PLU";

  private RoleAntecedent() {}

  /** True for a singular personal pronoun for persons with no features of its own ("er"; not "ihr", not plural "sie"). */
  static boolean applies(Entry entry) {
    return entry.kind() == Kind.PRONOUN && !entry.plural() && entry.agreement().isEmpty()
        && entry.refers().contains(ActorType.PERSON) && !entry.refers().contains(ActorType.GROUP);
  }

  /** Whether the group mention at token k is one person named by a role noun in the singular. */
  static boolean fits(SentenceView s, int k, Mention m, AnaphorLexicon lexicon) {
    if (m.actor().type() != ActorType.GROUP || m.actor().country() == null) {
      return false;
    }
    int head = CollectiveAntecedent.head(s, k);
    if (!s.upos(head).equals("NOUN") || !lexicon.role(s.lemma(head))) {
      return false;
    }
    for (int c : s.children(head)) {
      Entry article = s.baseRel(c).equals("det") ? lexicon.article(s.word(c)) : null;
      if (article != null && masculineSingular(article.agreement())
          && (article.agreement().stream().noneMatch(f -> f.contains(PLURAL)) || s.baseRel(head).startsWith("nsubj"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean masculineSingular(java.util.List<Set<String>> features) {
    return features.stream().anyMatch(f -> f.contains(SINGULAR) && f.contains(MASCULINE));
  }
}
