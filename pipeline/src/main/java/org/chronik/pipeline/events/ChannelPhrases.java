package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import org.chronik.model.Mention;
import org.chronik.model.Sentence;
import org.chronik.model.Token;

/**
 * A platform named as the channel someone speaks through is no party to what they say: "antwortete
 * auf Twitter", "wies auf ihrer Facebook-Seite darauf hin", "teilte via Instagram mit" (grammar.tsv
 * {@code CHANNEL} names after a {@code CHANNEL_PREPOSITION}, with only determiners, possessives and
 * adjectives between). The coder does not see such mentions. The platform as a party stays: "kritisierte
 * Facebook", "verhängte eine Strafe gegen Twitter", "beschwerte sich bei YouTube".
 */
final class ChannelPhrases {
  /** Parts of speech that may stand between the preposition and the platform's name. */
  private static final Set<String> BETWEEN = Set.of("DET", "ADJ", "PRON");
  /** How many such words may stand between: "auf ihrer offiziellen Facebook-Seite". */
  private static final int MAX_BETWEEN = 3;

  private final EventGrammar grammar;

  ChannelPhrases(EventGrammar grammar) {
    this.grammar = grammar;
  }

  /** The mentions that name no platform in a channel phrase of the sentences. */
  List<Mention> outside(List<Sentence> sentences, List<Mention> mentions) {
    return mentions.stream().filter(m -> !channel(sentences, m)).toList();
  }

  private boolean channel(List<Sentence> sentences, Mention m) {
    String first = m.text().split("[\\s\\-]", 2)[0];
    if (!grammar.is(EventGrammar.Kind.CHANNEL, first)) {
      return false;
    }
    for (Sentence s : sentences) {
      if (!s.span().contains(m.span())) {
        continue;
      }
      int at = 0;
      while (at < s.size() && s.token(at).end() <= m.span().begin()) {
        at++;
      }
      for (int k = at - 1, between = 0; k >= 0 && between <= MAX_BETWEEN; k--, between++) {
        Token t = s.token(k);
        if (grammar.is(EventGrammar.Kind.CHANNEL_PREPOSITION, t.text())) {
          return true;
        }
        if (!BETWEEN.contains(t.upos())) {
          return false;
        }
      }
      return false;
    }
    return false;
  }
}
