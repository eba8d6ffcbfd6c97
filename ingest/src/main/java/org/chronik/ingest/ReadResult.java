package org.chronik.ingest;

import java.util.Objects;
import org.chronik.model.Article;

/**
 * One outcome of reading: an article, or one error line ({@code path: problem}) for an input that
 * could not be read. Exactly one of the two is set.
 */
public record ReadResult(Article article, String error) {
  public ReadResult {
    if ((article == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of article and error must be set");
    }
  }

  public static ReadResult of(Article article) {
    return new ReadResult(Objects.requireNonNull(article), null);
  }

  public static ReadResult failed(String error) {
    return new ReadResult(null, Objects.requireNonNull(error));
  }

  public static ReadResult failed(InputException e) {
    return failed(e.getMessage());
  }

  public boolean ok() {
    return article != null;
  }
}
