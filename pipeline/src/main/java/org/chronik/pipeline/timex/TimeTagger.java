package org.chronik.pipeline.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Layer;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;
import org.chronik.model.Token;
import org.chronik.pipeline.Stage;

/**
 * Finds and normalizes time expressions in each sentence, anchored on the article's creation date
 * (or, for {@code document_type=narrative}, on the last date the text mentioned) and resolved by the
 * tense of the clause around them. Rules, tables and tense knowledge are data in
 * {@code lang/<iso>/timex/}. Also publishes where the reference time moves (the time the text is
 * talking about), so the event dater dates undated statements as the tagger resolves anaphora.
 */
public final class TimeTagger implements Stage {
  /** Article metadata key whose value {@code narrative} switches to story-relative resolution. */
  public static final String DOCUMENT_TYPE = "document_type";

  private final TimexEngine engine;
  private final TenseDetector tenses;

  TimeTagger(TimexEngine engine, TenseDetector tenses) {
    this.engine = engine;
    this.tenses = tenses;
  }

  /**
   * Loads the language's rules and tense knowledge.
   *
   * @param lexiconTags the full-form lexicon the tense file names ({@code lexicon}), already loaded by
   *     the caller and shared with the other stages that read it: a word form's tags, empty when the
   *     word is unknown
   */
  public static TimeTagger forLanguage(String language, Function<String, List<String>> lexiconTags) {
    TenseRules rules = TenseRules.load(language);
    return new TimeTagger(TimexEngine.forLanguage(language), new TenseDetector(rules, rules.lexicon() == null ? word -> List.of() : lexiconTags));
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layer.TIMEX, Layer.REFERENCE_TIMES);
  }

  @Override
  public AnnotatedDocument apply(AnnotatedDocument document) {
    Article article = document.article();
    List<Sentence> sentences = document.layer(Layer.SENTENCES);
    boolean narrative = "narrative".equalsIgnoreCase(article.metadata().get(DOCUMENT_TYPE));
    List<Span> regions = new ArrayList<>(sentences.size());
    List<Token> tokens = new ArrayList<>();
    List<Tense> tokenTense = new ArrayList<>();
    String body = article.body();
    for (Sentence s : sentences) {
      Span last = regions.isEmpty() ? null : regions.get(regions.size() - 1);
      if (last != null && splitAfterOrdinal(body, last, s.span())) {
        regions.set(regions.size() - 1, new Span(last.begin(), s.span().end())); // "des 20. | Jahrhunderts", "Jh. | v. Chr."
      } else {
        regions.add(s.span());
      }
      Tense[] t = tenses.tenses(s);
      for (int i = 0; i < s.size(); i++) {
        tokens.add(s.token(i));
        tokenTense.add(t[i]);
      }
    }
    Reference reference = new Reference(article.creationDate(), narrative);
    List<TimeExpression> found = engine.tag(article.body(), regions, tenseAt(tokens, tokenTense), reference);
    return document.with(Layer.TIMEX, List.copyOf(found)).with(Layer.REFERENCE_TIMES, reference.moves());
  }

  /**
   * True when a sentence split falls after a dot and the next sentence goes on on the same line with a
   * lower-case letter or after a number: the splitter took an ordinal ("am 3. | März") or an
   * abbreviation ("8. Jh. | v. Chr.") for a full stop.
   */
  private static boolean splitAfterOrdinal(String body, Span previous, Span next) {
    int end = previous.end();
    if (end < 2 || body.charAt(end - 1) != '.' || next.begin() >= body.length()) {
      return false;
    }
    String gap = body.substring(end, next.begin());
    boolean sameLine = gap.length() <= 2 && gap.isBlank() && gap.indexOf('\n') < 0;
    return sameLine && (Character.isDigit(body.charAt(end - 2)) || Character.isLowerCase(body.charAt(next.begin())));
  }

  /** The tense of the token at or after an offset (tokens are in body order). */
  private static IntFunction<Tense> tenseAt(List<Token> tokens, List<Tense> tense) {
    return offset -> {
      int lo = 0;
      int hi = tokens.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).end() <= offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return tokens.isEmpty() ? Tense.UNKNOWN : tense.get(lo);
    };
  }
}
