package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;
import org.chronik.model.Sentence;
import org.chronik.model.TimeExpression;
import org.chronik.model.Token;

/**
 * Which actor mentions and time expressions cover each token of one sentence. A mention containing
 * another wins its tokens ("des georgischen Premiers" is the premier, not Georgia); mentions with the
 * same span share them ("beide Länder" stands for two actors). Immutable once built.
 */
final class TokenMentions {
  private final List<List<Mention>> mentionsAt = new ArrayList<>();
  private final boolean[] inTime;

  TokenMentions(Sentence sentence, List<Mention> mentions, List<TimeExpression> times) {
    int n = sentence.size();
    for (int i = 0; i < n; i++) {
      mentionsAt.add(new ArrayList<>());
    }
    inTime = new boolean[n];
    for (TimeExpression t : times) {
      if (t.span().overlaps(sentence.span())) {
        for (Token tok : sentence.tokens()) {
          inTime[tok.index()] |= t.span().overlaps(tok.span());
        }
      }
    }
    List<Mention> longestFirst = new ArrayList<>(mentions);
    longestFirst.sort(Comparator.comparingInt((Mention m) -> -m.span().length()));
    for (Mention m : longestFirst) {
      if (m.actor() == null || !m.span().overlaps(sentence.span())) {
        continue;
      }
      for (Token t : sentence.tokens()) {
        List<Mention> here = mentionsAt.get(t.index());
        // the first mention over a token wins, and others with the same span ("beide Länder" = two actors)
        if (m.span().overlaps(t.span()) && (here.isEmpty() || here.get(0).span().equals(m.span()))) {
          here.add(m);
        }
      }
    }
  }

  /** True when the token is part of a time expression ("am Dienstag", "im März 2024"). */
  boolean inTime(int i) {
    return inTime[i];
  }

  /** Any mention on the token, places included, or null. */
  Mention any(int i) {
    List<Mention> here = mentionsAt.get(i);
    return here.isEmpty() ? null : here.get(0);
  }

  /** All acting actors the token stands for: one, or several for a plural reference ("beide Länder"). */
  List<Mention> acting(int i) {
    return mentionsAt.get(i).stream().filter(TokenMentions::acts).toList();
  }

  /** An actor that can act: it has a country-level key and is no place or event. */
  static boolean acts(Mention m) {
    ActorType type = m.actor().type();
    return m.actor().country() != null && type != ActorType.LOCATION && type != ActorType.EVENT;
  }
}
