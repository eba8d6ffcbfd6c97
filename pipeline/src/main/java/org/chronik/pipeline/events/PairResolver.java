package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;

/**
 * Resolves "beide Länder", "beide Seiten", "die beiden Staatschefs" to the two actors of different
 * countries mentioned last before it. One instance per document: it holds that document's mentions.
 */
final class PairResolver {
  private final List<Mention> mentions;
  private final Set<String> cues;

  PairResolver(List<Mention> mentions, Set<String> cues) {
    this.mentions = mentions.stream()
        .filter(m -> m.actor() != null && m.actor().country() != null)
        .filter(m -> m.actor().type() != ActorType.LOCATION && m.actor().type() != ActorType.EVENT)
        .sorted((a, b) -> a.span().compareTo(b.span()))
        .toList();
    this.cues = cues;
  }

  /** The two actors a "both" phrase headed by {@code head} stands for, or an empty list. */
  List<ActorRef> resolve(SentenceView s, int head) {
    if (s.mention(head) != null || !isPairPhrase(s, head) || singularSubject(s, head)) {
      return List.of();
    }
    int before = s.token(head).begin();
    Map<String, ActorRef> byCountry = new LinkedHashMap<>();
    for (int i = mentions.size() - 1; i >= 0 && byCountry.size() < 2; i--) {
      Mention m = mentions.get(i);
      if (m.span().end() <= before) {
        byCountry.putIfAbsent(m.actor().country(), m.actor());
      }
    }
    if (byCountry.size() < 2) {
      return List.of();
    }
    List<ActorRef> out = new ArrayList<>(byCountry.values());
    java.util.Collections.reverse(out); // text order
    return out;
  }

  /**
   * A "both" phrase that is the subject of a singular finite verb ("Beides verstieß gegen die
   * Resolutionen") stands for two things, not two actors.
   */
  private static boolean singularSubject(SentenceView s, int head) {
    if (!s.baseRel(head).equals("nsubj")) {
      return false;
    }
    int verb = s.head(head);
    if (verb < 0) {
      return false;
    }
    int finite = s.isFinite(verb) ? verb : -1;
    for (int c : s.children(verb)) {
      if (finite < 0 && (s.baseRel(c).equals("aux") || s.baseRel(c).equals("cop")) && s.isFinite(c)) {
        finite = c;
      }
    }
    return finite >= 0 && !s.plural(finite);
  }

  private boolean isPairPhrase(SentenceView s, int head) {
    if (cues.contains(s.lemma(head)) || cues.contains(s.word(head))) {
      return true;
    }
    for (int c : s.children(head)) {
      if (cues.contains(s.lemma(c)) || cues.contains(s.word(c))) {
        return true;
      }
    }
    return false;
  }
}
