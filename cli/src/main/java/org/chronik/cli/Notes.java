package org.chronik.cli;

import java.util.Locale;
import org.chronik.store.EmptyAnswers;
import org.chronik.store.EventScope;
import org.chronik.store.Store;

/** What a store command says beside its data, on stderr: synthetic data, why an answer is empty. */
final class Notes {
  private Notes() {}

  /** A store's empty answers phrased with this command line's switches. */
  static EmptyAnswers empty(Store store) {
    return new EmptyAnswers(store, "--include-flagged", "--undated");
  }

  /** Says so when the answer comes from synthetic benchmark events (a store without articles). */
  static void markSynthetic(Store store) {
    if (store.scope() == EventScope.SYNTHETIC) {
      System.err.println("chronik: synthetic events: " + store.folder() + " holds generated benchmark events and no articles");
    }
  }

  static void say(String line) {
    System.err.println("chronik: " + line);
  }

  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
