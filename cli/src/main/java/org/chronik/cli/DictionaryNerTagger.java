package org.chronik.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
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
  /**
   * Mentions left to the tagger's own tag. Pronouns, plurals, titles and adjectives do not name the
   * actor (GermEval tags a country adjective LOC-deriv, scored as O). NER mentions are CoreNLP's own
   * names, which the linker types PER or ORG only (a LOC or MISC name becomes an ORG candidate), so
   * they add nothing from the dictionaries and would only lose the tagger's LOC.
   */
  private static final Set<String> NOT_DICTIONARY_NAMES = Set.of("PRONOUN", "PLURAL", "TITLE", "ADJECTIVE", "NER", "GROUP");

  private final Function<Article, AnnotatedDocument> pipeline;
  private final boolean germeval;
  private int count;

  DictionaryNerTagger(Function<Article, AnnotatedDocument> pipeline) {
    this(pipeline, false);
  }

  /** @param germeval also tag GermEval's -deriv (a country adjective) and -part (a name inside a compound) types */
  DictionaryNerTagger(Function<Article, AnnotatedDocument> pipeline, boolean germeval) {
    this.pipeline = pipeline;
    this.germeval = germeval;
  }

  @Override
  public List<String> apply(List<String> tokens) {
    String text = String.join(" ", tokens);
    // GermEval is German: saying so spares the language guess on short sentences
    Article article = Article.of("germeval-" + (++count), null, text).withLanguage("de");
    List<Span> spans = spans(tokens);
    AnnotatedDocument doc = pipeline.apply(article);
    List<String> tags = tags(spans, doc);
    return germeval ? derivAndPart(spans, doc, tags) : tags;
  }

  /**
   * GermEval's conventions on top of the name tags: a token that is a country adjective of a mention
   * ("deutsche") becomes LOCderiv, and a token with a dictionary name inside it but not the whole of
   * it ("US" in "US-Botschaft", "EU" in "EU-weit") becomes that type's -part, where no name tag is on it.
   */
  static List<String> derivAndPart(List<Span> tokens, AnnotatedDocument doc, List<String> tags) {
    List<String> out = new ArrayList<>(tags);
    for (Mention m : doc.find(Layer.MENTIONS).orElse(List.of())) {
      String type = m.actor() == null || m.actor().type() == null ? "O" : type(m.actor().type());
      boolean name = m.kind().equals("NAME") || m.kind().equals("ALIAS") || m.kind().equals("ADJECTIVE");
      if (type.equals("O") || !name) {
        continue;
      }
      for (int i = 0; i < tokens.size(); i++) {
        Span t = tokens.get(i);
        String bare = out.get(i).startsWith("B-") || out.get(i).startsWith("I-") ? out.get(i).substring(2) : out.get(i);
        if (TYPES.contains(bare) || !m.span().overlaps(t)) { // a name tag stays; O and MISC may take -deriv or -part
          continue;
        }
        if (m.kind().equals("ADJECTIVE") && m.span().equals(t)) {
          out.set(i, "B-" + type + "deriv");
        } else if (t.contains(m.span()) && !m.span().equals(t)) {
          out.set(i, "B-" + type + "part");
        }
      }
    }
    return out;
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
   * One tag per token span. Each token starts with the NER tag of the first overlapping parsed token
   * that has one; then each dictionary name mention retypes the tokens it wholly covers, as one
   * entity that also takes in the tagger's neighbouring tokens of the same type unless another
   * mention covers them ("Angela" before a mention "Merkel"; but "Chile" next to "Peru" stays two).
   * A mention of another type inside a longer tagger name is left out ("Deutschland" in a bank's
   * name), and so is one that covers only part of a token ("US" in "US-Botschaft", GermEval's -part).
   */
  static List<String> tags(List<Span> tokens, AnnotatedDocument doc) {
    List<Token> parsed = doc.find(Layer.SENTENCES).orElse(List.of()).stream()
        .map(Sentence::tokens).flatMap(List::stream).toList();
    int n = tokens.size();
    String[] base = new String[n];
    for (int i = 0; i < n; i++) {
      Span span = tokens.get(i);
      base[i] = parsed.stream().filter(t -> t.span().overlaps(span) && t.ner() != null && !t.ner().equals("O"))
          .map(Token::ner).findFirst().orElse("O");
    }
    List<int[]> mentions = new ArrayList<>(); // token range and index of the type in TYPES
    boolean[] covered = new boolean[n];
    for (Mention m : doc.find(Layer.MENTIONS).orElse(List.of())) {
      if (m.actor() == null || m.actor().type() == null || NOT_DICTIONARY_NAMES.contains(m.kind()) || type(m.actor().type()).equals("O")) {
        continue;
      }
      int from = -1;
      int to = -1;
      for (int i = 0; i < n; i++) {
        if (m.span().contains(tokens.get(i))) {
          from = from < 0 ? i : from;
          to = i + 1;
        }
      }
      if (from >= 0) {
        mentions.add(new int[] {from, to, TYPES.indexOf(type(m.actor().type()))});
        Arrays.fill(covered, from, to, true);
      }
    }
    String[] type = base.clone();
    boolean[] begins = new boolean[n];
    for (int[] m : mentions) {
      int from = m[0];
      int to = m[1];
      String t = TYPES.get(m[2]);
      String run = base[from];
      boolean oneRun = !run.equals("O") && IntStream.range(from, to).allMatch(i -> base[i].equals(run));
      boolean longer = (from > 0 && base[from - 1].equals(run) && !covered[from - 1]) || (to < n && base[to].equals(run) && !covered[to]);
      if (oneRun && longer && !run.equals(t)) {
        continue;
      }
      while (from > 0 && base[from - 1].equals(t) && !covered[from - 1]) {
        from--;
      }
      while (to < n && base[to].equals(t) && !covered[to]) {
        to++;
      }
      Arrays.fill(type, from, to, t);
      begins[from] = true;
      if (to < n) {
        begins[to] = true;
      }
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(begins[i] && !type[i].equals("O") ? "B-" + type[i] : type[i]);
    }
    return out;
  }

  private static final List<String> TYPES = List.of("PER", "LOC", "ORG");

  /**
   * GermEval's outer types for the actor types. A group or event mention leaves the tagger's tag:
   * GermEval tags a named group (a party, a militia) ORG, so "group" does not say "not a name".
   */
  static String type(ActorType type) {
    return switch (type) {
      case PERSON -> "PER";
      case COUNTRY, LOCATION -> "LOC";
      case ORGANIZATION, IGO -> "ORG";
      case GROUP, EVENT -> "O";
    };
  }
}
