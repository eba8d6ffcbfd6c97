package org.chronik.pipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's German entity recognizer on tokens given by the caller (for scoring against gold
 * tokenizations): one tag (PER, LOC, ORG, MISC or O) per given token.
 */
public final class GermanNer {
  private final StanfordCoreNLP nlp;

  private GermanNer(StanfordCoreNLP nlp) {
    this.nlp = nlp;
  }

  public static GermanNer load() {
    Properties props = GermanModels.properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,ner");
    props.setProperty("tokenize.whitespace", "true");
    props.setProperty("ssplit.isOneSentence", "true");
    props.remove("tokenize.postProcessor");
    return new GermanNer(new StanfordCoreNLP(props));
  }

  /** Tags one pre-tokenized sentence. Tokens must not contain whitespace (it is replaced by '_'). */
  public List<String> tag(List<String> tokens) {
    StringBuilder text = new StringBuilder();
    for (String token : tokens) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(token.isEmpty() ? "_" : token.replaceAll("\\s", "_"));
    }
    Annotation annotation = new Annotation(text.toString());
    nlp.annotate(annotation);
    List<CoreLabel> labels = annotation.get(CoreAnnotations.TokensAnnotation.class);
    List<String> tags = new ArrayList<>(tokens.size());
    if (labels.size() == tokens.size()) {
      for (CoreLabel label : labels) {
        tags.add(GermanModels.nerTag(label.ner()));
      }
      return tags;
    }
    // the tokenizer split or merged something: align by character offsets
    int position = 0;
    int cursor = 0;
    for (String token : tokens) {
      int begin = position;
      String tag = "O";
      while (cursor < labels.size() && labels.get(cursor).beginPosition() < begin + Math.max(1, token.length())) {
        if (labels.get(cursor).endPosition() > begin && "O".equals(tag)) {
          tag = GermanModels.nerTag(labels.get(cursor).ner());
        }
        cursor++;
      }
      tags.add(tag);
      position = begin + Math.max(1, token.length()) + 1;
    }
    return tags;
  }
}
