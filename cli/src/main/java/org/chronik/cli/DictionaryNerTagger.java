package org.chronik.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.chronik.model.ActorType;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;

/**
 * A GermEval tagger that runs the pipeline up to the actors, so that the NER score shows what the
 * actor dictionaries add on top of CoreNLP. The corpus tokens are joined with single spaces, the
 * pipeline runs on that text, and each corpus token takes the type of a name mention over it, else
 * the CoreNLP tag of the parsed token at its place.
 */
final class DictionaryNerTagger implements Function<List<String>, List<String>> {
  /** Mentions that do not name the actor: GermEval does not tag them (a country adjective is LOC-deriv, scored as O). */
  private static final Set<String> NOT_NAMES = Set.of("PRONOUN", "PLURAL", "TITLE", "ADJECTIVE");

  private final Function<Article, AnnotatedDocument> pipeline;
  private int count;

  DictionaryNerTagger(Function<Article, AnnotatedDocument> pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public List<String> apply(List<String> tokens) {
    String text = String.join(" ", tokens);
    // GermEval is German: saying so spares the language guess on short sentences
    Article article = Article.of("germeval-" + (++count), null, text).withLanguage("de");
    return tags(spans(tokens), pipeline.apply(article));
  }

  /** Where each token lies in the tokens joined with single spaces. */
  static List<Span> spans(List<String> tokens) {
    List<Span> out = new ArrayList<>(tokens.size());
    int at = 0;
    for (String token : tokens) {
      out.add(new Span(at, at + token.length()));
      at += token.length() + 1;
    }
    return out;
  }

  /**
   * One tag per token span: B-/I- of the first name mention that overlaps it (so that two adjacent
   * mentions stay two entities), else the NER tag of the first overlapping parsed token that has one.
   */
  static List<String> tags(List<Span> tokens, AnnotatedDocument doc) {
    List<Mention> mentions = doc.find(Layer.MENTIONS).orElse(List.of()).stream()
        .filter(m -> m.actor() != null && m.actor().type() != null && !NOT_NAMES.contains(m.kind()))
        .toList();
    List<Token> parsed = doc.find(Layer.SENTENCES).orElse(List.of()).stream()
        .map(Sentence::tokens).flatMap(List::stream).toList();
    List<String> out = new ArrayList<>(tokens.size());
    Mention previous = null;
    for (Span span : tokens) {
      Mention mention = mentions.stream().filter(m -> m.span().overlaps(span)).findFirst().orElse(null);
      if (mention != null) {
        String type = type(mention.actor().type());
        out.add(type.equals("O") ? "O" : (mention == previous ? "I-" : "B-") + type);
      } else {
        out.add(parsed.stream().filter(t -> t.span().overlaps(span) && t.ner() != null && !t.ner().equals("O"))
            .map(Token::ner).findFirst().orElse("O"));
      }
      previous = mention;
    }
    return out;
  }

  /** GermEval's outer types for the actor types; groups and events are not named entities there. */
  static String type(ActorType type) {
    return switch (type) {
      case PERSON -> "PER";
      case COUNTRY, LOCATION -> "LOC";
      case ORGANIZATION, IGO -> "ORG";
      case GROUP, EVENT -> "O";
    };
  }
}
