package org.chronik.spark;

import java.io.Serializable;

/** One record read from the input: an article, or why none could be read. Exactly one is set. */
record InputItem(ArticleData article, Failure failure) implements Serializable {
  InputItem {
    if ((article == null) == (failure == null)) {
      throw new IllegalArgumentException("exactly one of article and failure must be set");
    }
  }

  static InputItem of(ArticleData article) {
    return new InputItem(article, null);
  }

  static InputItem failed(Failure failure) {
    return new InputItem(null, failure);
  }
}
