package org.chronik.pipeline.parse;

/**
 * The subject of a passive the parser hung on the agent phrase before it, as if it were that noun's
 * genitive: "Dem Dissidenten wurde vom Europäischen Parlament der Preis verliehen" comes out with "der
 * Preis" as an attribute of "Parlament", so the verb has no subject and a pattern that asks for the
 * prize as its object cannot fire. In a passive clause (a participle with a passive auxiliary below it)
 * without a subject, a bare noun phrase (no preposition) hung as an attribute on the participle's agent
 * phrase, standing after that phrase's noun, whose words cannot be genitive by their forms (a masculine
 * "der Preis", also inside quotation marks the tagger took for a name: "der „Sacharow-Preis“";
 * {@link ClauseArguments#mayBeGenitive}), becomes the passive subject. A phrase that may be
 * genitive stays ("vom Präsidenten der Republik"), and so does any phrase of a clause with a subject.
 * First, a passive participle's subject the parser labelled as an active one ("nsubj": "wurde der 63-Jährige
 * von einem Richter vernommen") is relabelled its passive subject, where the clause has none, so the
 * patient is read as the passive's object.
 * Stateless apart from the lexicon it reads; thread-safe.
 */
final class AgentPhraseSubjects {
  private static final String PASSIVE_AUX = "aux:pass";
  private static final String AGENT = "obl:agent";
  private static final String ATTRIBUTE = "nmod";
  private static final String SUBJECT = "nsubj";
  private static final String PASSIVE_SUBJECT = "nsubj:pass";

  private final ClauseArguments arguments;

  AgentPhraseSubjects(ClauseArguments arguments) {
    this.arguments = arguments;
  }

  /** Moves each such attribute of an agent phrase onto its participle as the passive subject. */
  void repair(VerbRepair.Clause clause) {
    for (int p = 0; p < clause.size(); p++) {
      if (hasChild(clause, p, PASSIVE_AUX) && !hasChild(clause, p, PASSIVE_SUBJECT)) {
        final int participle = p;
        clause.children(p).stream().filter(c -> SUBJECT.equals(clause.deprel(c))).findFirst()
            .ifPresent(c -> clause.attach(c, participle, PASSIVE_SUBJECT));
      }
      if (!hasChild(clause, p, PASSIVE_AUX) || clause.children(p).stream().anyMatch(c -> clause.deprel(c).startsWith(SUBJECT))) {
        continue;
      }
      for (int agent : clause.children(p)) {
        if (!AGENT.equals(clause.deprel(agent))) {
          continue;
        }
        for (int n : clause.children(agent)) {
          String upos = clause.token(n).upos();
          if (n > agent && ATTRIBUTE.equals(clause.deprel(n)) && ("NOUN".equals(upos) || "PROPN".equals(upos))
              && !arguments.prepositional(clause, n) && !arguments.mayBeGenitive(clause, n, noun(clause, n))) {
            clause.attach(n, p, PASSIVE_SUBJECT);
            break;
          }
        }
      }
    }
  }

  /** The word that tells the phrase's case: its head, or for a quotation mark the tagger took for a name the last noun of the name ("der „Sacharow-Preis“"). */
  private static int noun(VerbRepair.Clause clause, int head) {
    if (clause.token(head).text().chars().anyMatch(Character::isLetter)) {
      return head;
    }
    int last = head;
    for (int c : clause.children(head)) {
      if ("flat".equals(clause.deprel(c)) && "NOUN".equals(clause.token(c).upos())) {
        last = c;
      }
    }
    return last;
  }

  private static boolean hasChild(VerbRepair.Clause clause, int head, String deprel) {
    return clause.children(head).stream().anyMatch(c -> deprel.equals(clause.deprel(c)));
  }
}
