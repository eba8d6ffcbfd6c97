package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The one an act was aimed at, told by who answered it: an act noun heading the phrase of an answer word
 * ({@code ANSWER} in grammar.tsv: "Reaktion", "Antwort", "reagieren") with the slot's preposition ("auf")
 * is aimed at the one who answers: a noun's genitive, possessive, adjective or compound actor ("Russlands
 * Reaktion auf die Sanktionen des Westens", "die chinesische Antwort auf die Kritik der USA") or, when the
 * noun's phrase hangs on an active verb, that verb's subject ("Als Reaktion auf die Sanktionen verbot
 * Moskau …"); a verb's active subject ("China reagierte auf die Kritik der USA"). Read only by the noun
 * rules noun-frames.tsv gives the slot {@code answer.owner:auf} (demands, criticism, rejections, threats,
 * sanctions), never by violence, protests or arrests, which third parties answer too ("Als Reaktion auf
 * den Anschlag in Paris verschärfte Belgien die Kontrollen"). Stateless.
 */
final class AnsweredAct {
  private AnsweredAct() {}

  /** The phrases naming the owner of the answer the act noun is the object of; empty when it is none. */
  static List<Integer> owners(SentenceView s, int noun, String preposition) {
    int answer = s.head(noun);
    String p = s.preposition(noun);
    if (answer < 0 || p == null || preposition == null || !p.equalsIgnoreCase(preposition)
        || !s.grammar().isOrEndsIn(EventGrammar.Kind.ANSWER, s.lemma(answer))) {
      return List.of();
    }
    if (s.isVerbal(answer)) {
      return s.isPassive(answer) ? List.of() : s.subjects(answer);
    }
    List<Integer> out = new ArrayList<>(Dependents.genitives(s, answer));
    for (int c : s.children(answer)) {
      String rel = s.baseRel(c);
      if ((rel.equals("amod") || rel.equals("compound")) && s.mention(c) != null) {
        out.add(c);
      }
    }
    int prefix = ActorPhrase.hyphenPrefix(s, answer);
    if (prefix >= 0) {
      out.add(prefix);
    }
    int clause = s.head(answer);
    if (out.isEmpty() && clause >= 0 && s.baseRel(answer).equals("obl") && s.isVerbal(clause) && !s.isPassive(clause)) {
      out.addAll(s.subjects(clause));
    }
    return out;
  }
}
