package org.chronik.pipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * CoreNLP as its German models ship (tokenize, ssplit, mwt, pos, ner, depparse on every sentence,
 * CoreNLP's own parser settings, one pipeline shared by all threads), with only the overrides
 * Chronik's output needs: the reference point of {@code chronik bench}.
 */
public final class BareCoreNlp {
  private final StanfordCoreNLP nlp;

  private BareCoreNlp(StanfordCoreNLP nlp) {
    this.nlp = nlp;
  }

  public static BareCoreNlp german() {
    return new BareCoreNlp(new StanfordCoreNLP(GermanModels.properties()));
  }

  /** CoreNLP's sentences of a text as Chronik's records (for comparing the trees). */
  java.util.List<org.chronik.model.Sentence> sentences(String text) {
    Annotation annotation = new Annotation(text);
    nlp.annotate(annotation);
    return SentenceConverter.convert(annotation.get(CoreAnnotations.SentencesAnnotation.class));
  }

  /** Annotates a text; returns the number of tokens. */
  public int annotate(String text) {
    Annotation annotation = new Annotation(text);
    nlp.annotate(annotation);
    return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
