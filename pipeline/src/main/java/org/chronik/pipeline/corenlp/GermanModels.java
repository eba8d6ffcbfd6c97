package org.chronik.pipeline.corenlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The German CoreNLP configuration, from the models jar, with Chronik's few overrides. */
final class GermanModels {
  private GermanModels() {}

  static Properties properties() {
    Properties props = new Properties();
    try (InputStream in = GermanModels.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-german.properties")) {
      if (in == null) {
        throw new IllegalStateException("StanfordCoreNLP-german.properties not on the classpath: is the models-german jar missing?");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // a blank line ends a sentence: headlines and captions have no full stop
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("tokenize.options", "invertible=true");
    return props;
  }

  /**
   * Hidden-layer vectors the dependency parser keeps for words its model did not precompute
   * (CoreNLP's default: 5,000). The German model's hidden layer has 1,000 units, so a vector not kept
   * costs 100,000 multiplications per feature and transition; 50,000 vectors (200 MB) halve the
   * parser's time on news. The trees are the same with any size (the kept vectors are the computed ones).
   */
  static final int PARSER_CACHED_VECTORS = 50_000;

  /** The dependency parser's own properties ({@code depparse.*}), with Chronik's cache size. */
  static Properties parserProperties(Properties all) {
    Properties parsing = (Properties) all.clone();
    parsing.setProperty("annotators", "depparse");
    parsing.setProperty("depparse.numCached", Integer.toString(PARSER_CACHED_VECTORS));
    return parsing;
  }

  /** CoreNLP's entity labels in Chronik's short form. */
  static String nerTag(String ner) {
    if (ner == null) {
      return "O";
    }
    return switch (ner) {
      case "PERSON", "I-PER", "B-PER", "PER" -> "PER";
      case "LOCATION", "I-LOC", "B-LOC", "LOC" -> "LOC";
      case "ORGANIZATION", "I-ORG", "B-ORG", "ORG" -> "ORG";
      case "MISC", "I-MISC", "B-MISC" -> "MISC";
      default -> "O";
    };
  }
}
