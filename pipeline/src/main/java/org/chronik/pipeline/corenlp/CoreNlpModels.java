package org.chronik.pipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP in two steps: the tagger (tokenize, ssplit, mwt, pos, ner) over the whole text, then the
 * dependency parser over the sentences chosen from its output. The parser reads one sentence at a
 * time, so a sentence parsed alone gets the tree it gets among all the others.
 */
final class CoreNlpModels {
  private static final String PARSER = "depparse";

  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;

  private CoreNlpModels(StanfordCoreNLP tagger, StanfordCoreNLP parser) {
    this.tagger = tagger;
    this.parser = parser;
  }

  /** Loads the German models (12–30 s, about 1 GB of heap). */
  static CoreNlpModels german() {
    Properties all = GermanModels.properties();
    Properties tagging = (Properties) all.clone();
    List<String> annotators = new ArrayList<>();
    for (String a : all.getProperty("annotators").split(",")) {
      if (!a.strip().equals(PARSER)) {
        annotators.add(a.strip());
      }
    }
    tagging.setProperty("annotators", String.join(",", annotators));
    Properties parsing = (Properties) all.clone();
    parsing.setProperty("annotators", PARSER);
    // the tagger's output is the parser's input; CoreNLP cannot see that across two pipelines
    return new CoreNlpModels(new StanfordCoreNLP(tagging), new StanfordCoreNLP(parsing, false));
  }

  /** Tokens, sentences, UPOS and entity tags of a text. */
  Annotation tag(String text) {
    Annotation annotation = new Annotation(text);
    tagger.annotate(annotation);
    return annotation;
  }

  /** Adds dependency trees to the chosen sentences of a tagged text. */
  void parse(Annotation tagged, BitSet chosen) {
    List<CoreMap> sentences = tagged.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> some = new ArrayList<>();
    for (int i = chosen.nextSetBit(0); i >= 0 && i < sentences.size(); i = chosen.nextSetBit(i + 1)) {
      some.add(sentences.get(i));
    }
    if (some.isEmpty()) {
      return;
    }
    Annotation part = new Annotation(tagged.get(CoreAnnotations.TextAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, some);
    parser.annotate(part);
  }
}
