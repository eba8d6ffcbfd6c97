package org.chronik.pipeline.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;

/** Read access to one sentence's dependency tree: children, subtrees, depths. */
public final class DependencyTree {
  // Dependents that belong to a noun phrase when it names a speaker; clauses and appositions do not.
  private static final Set<String> PHRASE_RELATIONS = Set.of("flat", "flat:name", "compound", "amod", "det", "nmod:poss", "nmod", "conj", "cc", "nummod", "appos");

  private final Sentence sentence;
  private final List<List<Integer>> children;
  private final java.util.function.Predicate<Span> quoted;

  public DependencyTree(Sentence sentence) {
    this(sentence, span -> false);
  }

  /** @param quoted tells which spans lie in quotation marks: they never name a speaker */
  public DependencyTree(Sentence sentence, java.util.function.Predicate<Span> quoted) {
    this.sentence = sentence;
    this.quoted = quoted;
    this.children = new ArrayList<>();
    for (int i = 0; i < sentence.size(); i++) {
      children.add(new ArrayList<>());
    }
    for (Token t : sentence.tokens()) {
      if (t.head() >= 0 && t.head() < sentence.size()) {
        children.get(t.head()).add(t.index());
      }
    }
  }

  public Sentence sentence() {
    return sentence;
  }

  public Token token(int i) {
    return sentence.token(i);
  }

  public int size() {
    return sentence.size();
  }

  public List<Integer> children(int i) {
    return children.get(i);
  }

  public boolean quoted(int i) {
    return quoted.test(token(i).span());
  }

  /** The first child whose relation starts with {@code relation} ("nsubj" also finds "nsubj:pass"). */
  public int child(int i, String relation) {
    for (int c : children.get(i)) {
      String rel = sentence.token(c).deprel();
      if (rel != null && (rel.equals(relation) || rel.startsWith(relation + ":"))) {
        return c;
      }
    }
    return -1;
  }

  /** The first child with exactly this relation ("nsubj" but not "nsubj:pass"), or -1. */
  public int exactChild(int i, String relation) {
    for (int c : children.get(i)) {
      if (relation.equals(sentence.token(c).deprel())) {
        return c;
      }
    }
    return -1;
  }

  /** True when {@code node} lies in the subtree of {@code ancestor}. */
  public boolean dominates(int ancestor, int node) {
    int n = node;
    for (int steps = 0; n >= 0 && steps <= sentence.size(); steps++) {
      if (n == ancestor) {
        return true;
      }
      n = sentence.token(n).head();
    }
    return false;
  }

  public int depth(int i) {
    int d = 0;
    int n = i;
    while (n >= 0 && d <= sentence.size()) {
      n = sentence.token(n).head();
      d++;
    }
    return d;
  }

  /** The span of the whole subtree of token i, punctuation at its edges left out. */
  public Span subtreeSpan(int i) {
    int first = i;
    int last = i;
    for (int k = 0; k < sentence.size(); k++) {
      if (dominates(i, k)) {
        first = Math.min(first, k);
        last = Math.max(last, k);
      }
    }
    while (first < last && isPunct(first)) {
      first++;
    }
    while (last > first && isPunct(last)) {
      last--;
    }
    return new Span(token(first).begin(), token(last).end());
  }

  /** The noun phrase headed by token i: the head with its name parts, articles, adjectives and attributes. */
  public Span phraseSpan(int i) {
    int first = i;
    int last = i;
    List<Integer> todo = new ArrayList<>(List.of(i));
    while (!todo.isEmpty()) {
      int n = todo.remove(todo.size() - 1);
      for (int c : children.get(n)) {
        String rel = token(c).deprel();
        if (rel != null && PHRASE_RELATIONS.contains(rel) && Math.abs(c - i) < 12) {
          first = Math.min(first, c);
          last = Math.max(last, c);
          todo.add(c);
        }
      }
    }
    // a phrase never runs across a verb or a punctuation mark, whatever the parse says
    int from = i;
    while (from > first && !isPunct(from - 1) && !isVerbal(from - 1)) {
      from--;
    }
    int to = i;
    while (to < last && !isPunct(to + 1) && !isVerbal(to + 1)) {
      to++;
    }
    return new Span(token(from).begin(), token(to).end());
  }

  private boolean isVerbal(int k) {
    return "VERB".equals(token(k).upos()) || "AUX".equals(token(k).upos());
  }

  public boolean isPunct(int i) {
    return isPunct(token(i));
  }

  /** Punctuation, also a quotation mark the tagger took for a name. */
  public static boolean isPunct(Token t) {
    return "PUNCT".equals(t.upos()) || t.text().codePoints().noneMatch(Character::isLetterOrDigit);
  }
}
