package org.chronik.pipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * CoreNLP in two steps: the tagger (tokenize, ssplit, mwt, pos, ner) over the whole text, with one
 * repair of the split between ssplit and pos ({@link SentenceJoins}), then the dependency parser
 * over the sentences chosen from its output. The parser reads one sentence at a time, so a sentence
 * parsed alone gets the tree it gets among all the others.
 *
 * <p>The parser is called as CoreNLP's {@code depparse} annotator calls it, but only the basic UD
 * graph is built from its output: the annotator also builds four other graphs (collapsed,
 * CC-processed, enhanced, enhanced++) with English rules, which Chronik never reads and which cost a
 * quarter of the parser's time.
 *
 * <p>The tagger is shared by all threads. The parser is not: its cache of hidden-layer vectors sits
 * behind one lock, taken dozens of times per word, so threads sharing one parser wait for each other.
 * Each thread borrows a parser of its own from a pool (one more is loaded when all are busy, about
 * 10 s and 400 MB each), and returns it after the document.
 */
final class CoreNlpModels {
  private static final String PARSER = "depparse";

  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final String parserModel;
  private final Properties parsing;
  private final GrammaticalStructure.Extras extras;
  private final ConcurrentLinkedQueue<DependencyParser> idleParsers = new ConcurrentLinkedQueue<>();

  private CoreNlpModels(StanfordCoreNLP splitter, StanfordCoreNLP tagger, Properties all) {
    this.splitter = splitter;
    this.tagger = tagger;
    // the depparse annotator's own reading of its properties
    this.parsing = PropertiesUtils.extractPrefixedProperties(GermanModels.parserProperties(all), PARSER + ".");
    this.parserModel = parsing.getProperty("model");
    this.extras = GrammaticalStructure.Extras.valueOf(parsing.getProperty("extradependencies", "NONE"));
    idleParsers.add(newParser());
  }

  /**
   * Loads the German models (12–30 s, about 1 GB of heap): the annotators before the tagger
   * ({@code tokenize, ssplit, mwt}) as one pipeline, the rest but the parser as another, so that
   * {@link SentenceJoins} mends the split before the tagger reads it.
   */
  static CoreNlpModels german() {
    Properties all = GermanModels.properties();
    List<String> splitting = new ArrayList<>();
    List<String> tagging = new ArrayList<>();
    for (String a : all.getProperty("annotators").split(",")) {
      String name = a.strip();
      if (name.equals(PARSER)) {
        continue;
      }
      (tagging.isEmpty() && SPLITTING.contains(name) ? splitting : tagging).add(name);
    }
    return new CoreNlpModels(pipeline(all, splitting), pipeline(all, tagging), all);
  }

  /** The annotators that make tokens and sentences, before any tag is given. */
  private static final List<String> SPLITTING = List.of("tokenize", "ssplit", "mwt");

  private static StanfordCoreNLP pipeline(Properties all, List<String> annotators) {
    Properties props = (Properties) all.clone();
    props.setProperty("annotators", String.join(",", annotators));
    props.setProperty("enforceRequirements", "false"); // the second part reads the first part's output
    return new StanfordCoreNLP(props);
  }

  private DependencyParser newParser() {
    return DependencyParser.loadFromModelFile(parserModel, parsing);
  }

  /** Tokens, sentences, UPOS and entity tags of a text. */
  Annotation tag(String text) {
    Annotation annotation = new Annotation(text);
    splitter.annotate(annotation);
    SentenceJoins.GERMAN.repair(annotation);
    tagger.annotate(annotation);
    return annotation;
  }

  /** Adds the basic dependency graph to the chosen sentences of a tagged text. */
  void parse(Annotation tagged, BitSet chosen) {
    if (chosen.isEmpty()) {
      return;
    }
    List<CoreMap> sentences = tagged.get(CoreAnnotations.SentencesAnnotation.class);
    DependencyParser parser = idleParsers.poll();
    if (parser == null) {
      parser = newParser();
    }
    try {
      for (int i = chosen.nextSetBit(0); i >= 0 && i < sentences.size(); i = chosen.nextSetBit(i + 1)) {
        CoreMap sentence = sentences.get(i);
        SemanticGraph basic = SemanticGraphFactory.makeFromTree(parser.predict(sentence), SemanticGraphFactory.Mode.BASIC, extras, null);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
      }
    } finally {
      idleParsers.add(parser);
    }
  }
}
