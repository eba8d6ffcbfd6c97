package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronik.model.Token;

/**
 * A sentence's tokens with the relations the case check corrected ({@link SubjectCheck}) in place of
 * the parser's: "Den Vorschlag hat die Gewerkschaft abgelehnt" reads "die Gewerkschaft" as the
 * subject. What reads relations from plain tokens (the antecedent search) sees the same subjects as
 * the event slots.
 */
final class CheckedTokens {
  private CheckedTokens() {}

  static List<Token> of(SentenceView s) {
    List<Token> tokens = s.sentence.tokens();
    List<Token> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String checked = s.deprel(i);
      boolean same = t.deprel() == null ? checked.isEmpty() : t.deprel().toLowerCase(Locale.ROOT).equals(checked);
      if (!same) {
        if (out == null) {
          out = new ArrayList<>(tokens);
        }
        out.set(i, new Token(t.index(), t.text(), t.surface(), t.span(), t.lemma(), t.upos(), t.xpos(), t.ner(), t.head(), checked));
      }
    }
    return out == null ? tokens : out;
  }
}
