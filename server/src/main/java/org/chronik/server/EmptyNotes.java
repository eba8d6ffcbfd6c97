package org.chronik.server;

import org.chronik.store.EmptyAnswers;
import org.chronik.store.Store;

/** Why an answer is empty, phrased with the web pages' own names for the switches. */
final class EmptyNotes {
  private EmptyNotes() {}

  static EmptyAnswers of(Store store) {
    return new EmptyAnswers(store, "“include flagged”", "“undated only”");
  }
}
