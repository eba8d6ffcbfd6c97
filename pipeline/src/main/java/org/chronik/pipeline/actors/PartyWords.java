package org.chronik.pipeline.actors;

import java.util.HashMap;
import java.util.Map;
import org.chronik.pipeline.actors.SurfaceIndex.Match;
import org.chronik.pipeline.actors.Target.Kind;

/**
 * Party aliases that are everyday words for a political camp (party-words.txt: "Linke", "Demokraten").
 *
 * <p>Decision: such a word alone names the dictionary's party only where the article talks about that
 * party's state. When the article names states (it has a focus country) but never the party's own
 * state, other than through such words, the word links no party: "die Linke" in a story about Athens,
 * "die Demokraten" in a story about Berlin. An article that names no state keeps the alias.
 */
final class PartyWords {
  private final LinkContext doc;
  /** How often each state is counted by the focus only through a party word (those counts say nothing). */
  private final Map<String, Integer> throughWords = new HashMap<>();

  PartyWords(LinkContext doc) {
    this.doc = doc;
    for (Match m : doc.matches) {
      if (isWord(m) && m.targets().size() == 1) { // FocusCountry counts one-country organisations only
        doc.dictionary.organization(m.target().key()).ifPresent(org -> {
          if (org.country() != null) {
            throughWords.merge(org.country(), 1, Integer::sum);
          }
        });
      }
    }
  }

  /** Whether {@code m} is a bare party word as written in party-words.txt ("Linke", "Die Linke"), no hyphen joined to it. */
  private boolean isWord(Match m) {
    if (m.target().kind() != Kind.ORGANIZATION || doc.first(m).hyphenBefore() || doc.last(m).hyphenAfter()) {
      return false;
    }
    StringBuilder words = new StringBuilder();
    for (int i = m.from(); i < m.to(); i++) {
      words.append(i > m.from() ? " " : "").append(doc.pieces.get(i).text());
    }
    return doc.language.partyWords.contains(words.toString());
  }

  /** Whether the party word {@code m}, read as {@code org}, names a party of a state the article does not talk about. */
  boolean foreign(Match m, OrganizationEntry org) {
    if (!isWord(m) || doc.focus.key() == null || org.country() == null || !doc.isState(org.country())) {
      return false;
    }
    return doc.focus.count(org.country()) - throughWords.getOrDefault(org.country(), 0) <= 0;
  }
}
