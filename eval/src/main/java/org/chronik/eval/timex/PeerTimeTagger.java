package org.chronik.eval.timex;

import java.util.List;
import org.chronik.model.Article;
import org.chronik.model.TimeExpression;

/**
 * Another temporal tagger to compare with Chronik's own (HeidelTime in module {@code bench}). Found
 * with {@link java.util.ServiceLoader}, so the product never depends on one: a peer is on the class
 * path only when an evaluation puts it there.
 */
public interface PeerTimeTagger {
  /** A short name for tables. */
  String name();

  /**
   * Tags a whole article body; spans refer to {@code article.body()}.
   *
   * @param narrative true for story-relative resolution (history text), false for news
   */
  List<TimeExpression> tag(Article article, boolean narrative);
}
