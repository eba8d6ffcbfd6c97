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
 * countries mentioned last before it, in its own sentence or the one before: two actors named further
 * apart were not named as a pair ("… der europäischen Friedenstruppe … forderten beide", where "beide"
 * are the two candidates of an election). One instance per document: it holds that document's mentions.
 */
final class PairResolver {
  private final List<Mention> mentions;
  private final Set<String> cues;
  /** Where each sentence begins, by sentence index. */
  private final List<Integer> sentenceBegins;

  PairResolver(List<Mention> mentions, Set<String> cues, List<org.chronik.model.Sentence> sentences) {
    this.mentions = mentions.stream()
        .filter(m -> m.actor() != null && m.actor().country() != null)
        .filter(m -> m.actor().type() != ActorType.LOCATION && m.actor().type() != ActorType.EVENT)
        .sorted((a, b) -> a.span().compareTo(b.span()))
        .toList();
    this.cues = cues;
    this.sentenceBegins = sentences.stream().map(x -> x.span().begin()).toList();
  }

  /** The two actors a "both" phrase headed by {@code head} stands for, or an empty list. */
  List<ActorRef> resolve(SentenceView s, int head) {
    if (s.mention(head) != null || !isPairPhrase(s, head) || singularSubject(s, head)) {
      return List.of();
    }
    int before = s.token(head).begin();
    int index = s.sentence.index();
    int from = index > 0 && index - 1 < sentenceBegins.size() ? sentenceBegins.get(index - 1) : s.sentence.span().begin();
    Map<String, ActorRef> byCountry = new LinkedHashMap<>();
    for (int i = mentions.size() - 1; i >= 0 && byCountry.size() < 2; i--) {
      Mention m = mentions.get(i);
      if (m.span().end() <= before && m.span().begin() >= from) {
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
