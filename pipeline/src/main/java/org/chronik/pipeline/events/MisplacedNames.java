package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;

/**
 * Names the parser hung below a prepositional phrase of the verb although they are the verb's
 * object. Only names of persons and organisations count, and only where the verb's own object slot
 * is empty (SlotReader asks last).
 */
final class MisplacedNames {
  /** Who may stand glued behind a phrase as the verb's object: a person or an organisation, never a state. */
  private static final Set<ActorType> GLUED_OBJECTS = Set.of(ActorType.PERSON, ActorType.ORGANIZATION);

  private MisplacedNames() {}

  /**
   * A person's or organisation's name the parser made the apposition of the prepositional phrase
   * before it: "tötete bei einem Luftangriff Qasem Soleimani" gives appos(Luftangriff, Qasem), "traf in
   * Berlin Olaf Scholz" flat(Berlin, Olaf). The phrase must name no actor itself ("mit dem Präsidenten
   * Putin" is one phrase), a state's name stays where it is ("im Nachbarland Syrien"), and the name
   * must follow the phrase's noun right away ("auf seinen Club (live ORF eins)" is an aside).
   */
  static List<Integer> onPhrases(SentenceView s, int verb) {
    List<Integer> out = new ArrayList<>();
    for (int c : s.children(verb)) {
      if (!s.baseRel(c).equals("obl") || s.preposition(c) == null || s.inTime(c) || s.mention(c) != null) {
        continue;
      }
      for (int g : s.children(c)) {
        String rel = s.baseRel(g);
        Mention m = s.mention(g);
        if ((rel.equals("appos") || rel.equals("flat")) && g == c + 1 && s.upos(g).equals("PROPN") && s.preposition(g) == null
            && m != null && GLUED_OBJECTS.contains(m.actor().type())) {
          out.add(g);
        }
      }
    }
    return out;
  }
}
