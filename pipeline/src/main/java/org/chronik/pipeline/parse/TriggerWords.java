package org.chronik.pipeline.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A set of trigger lemmas (event verbs, speech verbs, …) and the words each may be read from once
 * the sentence is parsed. The parse can change a lemma: the lemmatizer joins a separable particle
 * onto the word it hangs on (sichert … zu → zusichern), the event and quote rules undo a particle
 * the parser hung on the wrong verb or borrow another one, and a noun matches by its longest known
 * head (Wirtschaftssanktion → sanktion). So a word with lemma L and text W may become trigger T when
 * T is L or W, or T = x + S, where
 * <ul>
 *   <li>S is L, or L without a leading word of the sentence (a particle taken off again), or, for
 *       nouns, a tail of L of at least four letters (then x is empty);
 *   <li>x is empty, one word of the sentence, two of them (a particle joined, then another borrowed),
 *       or, for nouns, the ending of one word, alone or before another (a tail of a noun particles
 *       were joined to).
 * </ul>
 * Every form those rules build from at most two particles on one word is of this shape, so a word
 * for which this finds no trigger cannot match one however its sentence is parsed (a third particle
 * on one word would be needed, which German does not have and the parser has not been seen to give).
 */
final class TriggerWords {
  /** Shortest compound head the noun rules try. */
  private static final int MIN_HEAD = 4;

  private final Set<String> triggers;
  /** Proper tails of triggers → the triggers that end with them. */
  private final Map<String, List<String>> byTail;

  TriggerWords(Collection<String> words) {
    Set<String> set = new HashSet<>();
    for (String w : words) {
      set.add(w.toLowerCase(Locale.ROOT));
    }
    this.triggers = Set.copyOf(set);
    Map<String, List<String>> tails = new HashMap<>();
    for (String t : triggers) {
      for (int k = 1; k < t.length(); k++) {
        tails.computeIfAbsent(t.substring(k), x -> new ArrayList<>()).add(t);
      }
    }
    tails.replaceAll((k, v) -> List.copyOf(v));
    this.byTail = Map.copyOf(tails);
  }

  boolean contains(String word) {
    return triggers.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The words of one sentence, lowercased. */
  record Words(Set<String> whole) {
    static Words of(List<String> words) {
      Set<String> whole = new HashSet<>();
      for (String w : words) {
        whole.add(w.toLowerCase(Locale.ROOT));
      }
      return new Words(whole);
    }

    /** x is empty, one word, or two words in a row (no space). */
    boolean joins(String x) {
      if (x.isEmpty() || whole.contains(x)) {
        return true;
      }
      for (int k = 1; k < x.length(); k++) {
        if (whole.contains(x.substring(0, k)) && whole.contains(x.substring(k))) {
          return true;
        }
      }
      return false;
    }

    /** x is the ending of one word, or that and a whole word after it. */
    boolean endsJoin(String x) {
      if (ends(x)) {
        return true;
      }
      for (int k = 1; k < x.length(); k++) {
        if (whole.contains(x.substring(k)) && ends(x.substring(0, k))) {
          return true;
        }
      }
      return false;
    }

    private boolean ends(String x) {
      for (String w : whole) {
        if (w.endsWith(x)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a word with this lemma may read as {@code target} or contain it once particles are
     * joined onto it: the lemma or text contains it, or it is the lemma after one or two words.
     */
    boolean mayContain(String lemma, String text, String target) {
      String l = lemma.toLowerCase(Locale.ROOT);
      if (l.contains(target) || text.toLowerCase(Locale.ROOT).contains(target)) {
        return true;
      }
      int at = target.lastIndexOf(l);
      return !l.isEmpty() && at > 0 && joins(target.substring(0, at));
    }
  }

  /**
   * The triggers the word with this lemma may become once its sentence is parsed; empty when none.
   *
   * @param noun the word is a noun: its compound heads count, and a particle may sit inside a head
   */
  Set<String> candidates(String lemma, String word, Words sentence, boolean noun) {
    Set<String> out = new LinkedHashSet<>();
    String l = lemma.toLowerCase(Locale.ROOT);
    String w = word.toLowerCase(Locale.ROOT);
    if (triggers.contains(w)) {
      out.add(w);
    }
    List<String> stems = new ArrayList<>();
    stems.add(l);
    for (String q : sentence.whole()) {
      if (!q.isEmpty() && l.length() > q.length() && l.startsWith(q)) {
        stems.add(l.substring(q.length()));
      }
    }
    for (String s : stems) {
      if (triggers.contains(s)) {
        out.add(s);
      }
      for (String t : byTail.getOrDefault(s, List.of())) {
        String x = t.substring(0, t.length() - s.length());
        if (sentence.joins(x) || noun && s.equals(l) && sentence.endsJoin(x)) {
          out.add(t);
        }
      }
    }
    if (noun) {
      for (int k = 1; k <= l.length() - MIN_HEAD; k++) {
        if (triggers.contains(l.substring(k))) {
          out.add(l.substring(k));
        }
      }
    }
    return out;
  }
}
