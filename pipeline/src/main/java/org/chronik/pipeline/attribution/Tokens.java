package org.chronik.pipeline.attribution;

import java.util.Locale;
import org.chronik.model.Token;

/** Word classes of tokens as the attribution rules read them (UD tags). */
public final class Tokens {
  private Tokens() {}

  public static boolean isNominal(Token t) {
    return "NOUN".equals(t.upos()) || "PROPN".equals(t.upos()) || "PRON".equals(t.upos());
  }

  public static boolean isVerb(Token t) {
    return "VERB".equals(t.upos()) || "AUX".equals(t.upos());
  }

  /** The lemma, or the lowercased word when the token has none. */
  public static String lemma(Token t) {
    return t.lemma() != null ? t.lemma() : t.text().toLowerCase(Locale.GERMAN);
  }
}
