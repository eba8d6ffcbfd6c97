package org.chronik.pipeline.events;

import java.util.List;
import org.chronik.model.Sentence;
import org.chronik.model.Token;

/**
 * Two prepositions side by side open a phrase that an attribute fills before its noun ("Angriffe auf
 * in Syrien stationierte Soldaten", "Sanktionen gegen von Russland kontrollierte Firmen"). The parser
 * hangs both on the inner phrase's noun, so the place or agent inside the attribute looked like the
 * outer phrase's head: the target became Syria. The outer preposition belongs to the noun the
 * attribute modifies. Where an article of that noun stands before the prepositions ("der bis zu dem
 * Stichtag einzureichenden Meldungen") the pair is one phrase inside the attribute, and stays.
 */
final class StackedPrepositions {
  private StackedPrepositions() {}

  /** The heads of the sentence's tokens, with each outer preposition of such a pair moved onto its noun. */
  static int[] heads(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int n = tokens.size();
    int[] heads = new int[n];
    for (int i = 0; i < n; i++) {
      heads[i] = tokens.get(i).head();
    }
    for (int outer = 0; outer + 1 < n; outer++) {
      int inner = outer + 1;
      int phrase = heads[outer];
      if (!isCase(tokens.get(outer)) || !isCase(tokens.get(inner)) || phrase != heads[inner] || phrase <= inner
          || phrase >= n) {
        continue;
      }
      int attribute = attribute(tokens, heads, phrase);
      if (attribute < 0) {
        continue;
      }
      int noun = heads[attribute];
      if (noun <= attribute || noun >= n || !nominal(tokens.get(noun)) || opensBefore(tokens, heads, noun, outer)) {
        continue;
      }
      heads[outer] = noun;
    }
    return heads;
  }

  /**
   * The attribute the inner phrase fills: the phrase's own head when that is an adjective modifier,
   * else the adjective modifier right after the phrase ("in Syrien stationierte", which the parser
   * may hang elsewhere); -1 when neither.
   */
  private static int attribute(List<Token> tokens, int[] heads, int phrase) {
    int own = heads[phrase];
    if (own >= 0 && own < tokens.size() && tokens.get(own).baseRel().equals("amod")) {
      return own;
    }
    int next = phrase + 1;
    while (next < tokens.size() && heads[next] == phrase) {
      next++; // the phrase's own trailing words ("in Syrien selbst")
    }
    return next < tokens.size() && tokens.get(next).baseRel().equals("amod") ? next : -1;
  }

  /** The noun has an article or preposition of its own before the pair: the pair is inside its phrase. */
  private static boolean opensBefore(List<Token> tokens, int[] heads, int noun, int outer) {
    for (int i = 0; i < tokens.size(); i++) {
      if (heads[i] == noun && i < outer) {
        String rel = tokens.get(i).baseRel();
        if (rel.equals("det") || rel.equals("case")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isCase(Token t) {
    return t.baseRel().equals("case") && "ADP".equals(t.upos());
  }

  private static boolean nominal(Token t) {
    return "NOUN".equals(t.upos()) || "PROPN".equals(t.upos());
  }
}
