package org.chronik.pipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;

/**
 * CoreNLP's sentences as Chronik's records. A sentence without a dependency graph (not chosen for
 * parsing) gets head -1 and relation {@code dep} on every token.
 */
final class SentenceConverter {
  static final String NO_RELATION = "dep";

  private SentenceConverter() {}

  static List<Sentence> convert(List<CoreMap> sentences) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      out.add(convert(out.size(), sentence));
    }
    return List.copyOf(out);
  }

  static Sentence convert(int index, CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int n = labels.size();
    int[] heads = new int[n];
    String[] relations = new String[n];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, NO_RELATION);
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        int dependent = edge.getDependent().index() - 1;
        heads[dependent] = edge.getGovernor().index() - 1;
        relations[dependent] = edge.getRelation().toString();
      }
      for (IndexedWord root : graph.getRoots()) {
        heads[root.index() - 1] = -1;
        relations[root.index() - 1] = "root";
      }
    }
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CoreLabel label = labels.get(i);
      String surface = label.containsKey(CoreAnnotations.MWTTokenTextAnnotation.class)
          ? label.get(CoreAnnotations.MWTTokenTextAnnotation.class)
          : label.originalText();
      tokens.add(new Token(i, label.word(), surface, new Span(label.beginPosition(), label.endPosition()),
          null, label.tag(), null, GermanModels.nerTag(label.ner()), heads[i], relations[i]));
    }
    Span span = new Span(tokens.get(0).begin(), tokens.get(n - 1).end());
    return new Sentence(index, span, tokens);
  }

  /** The sentence as it is without a parse: same tokens, no tree. */
  static Sentence withoutTree(Sentence s) {
    if (!parsed(s)) {
      return s;
    }
    List<Token> tokens = new ArrayList<>(s.size());
    for (Token t : s.tokens()) {
      tokens.add(new Token(t.index(), t.text(), t.surface(), t.span(), t.lemma(), t.upos(), t.xpos(), t.ner(), -1, NO_RELATION));
    }
    return s.withTokens(tokens);
  }

  /** Whether the sentence carries a dependency tree (a parsed sentence has exactly its roots at -1, named root). */
  static boolean parsed(Sentence s) {
    return s.tokens().stream().anyMatch(t -> !NO_RELATION.equals(t.deprel()) || t.head() >= 0);
  }
}
