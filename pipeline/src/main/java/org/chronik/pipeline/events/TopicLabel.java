package org.chronik.pipeline.events;

import java.util.List;
import java.util.Locale;
import org.chronik.model.Sentence;
import org.chronik.model.Token;

/**
 * A label before a colon that opens the sentence ("INTERVIEW: Die Kanzlerin hat …", an interview's
 * speaker tag, a headline's topic) is no phrase of the clause; the parser often makes it the verb's
 * object and hangs the clause's real first phrase on it as an apposition, so the real subject was
 * lost and the object read as the subject ("X: Heinz Fischer hat dem Parteichef … verweigert" coded
 * the other way round). The apposition takes the label's place. A label the parser made the subject
 * is read past by {@link Dependents#pastKicker}.
 */
final class TopicLabel {
  private static final String COLON = ":";

  private TopicLabel() {}

  /** Moves the apposition after the colon into the label's place: its head in {@code heads}, its relation in {@code corrected}. */
  static void repair(Sentence sentence, int[] heads, String[] corrected) {
    List<Token> tokens = sentence.tokens();
    int colon = firstColon(tokens);
    if (colon < 1) {
      return;
    }
    for (int label = 0; label < colon; label++) {
      String rel = rel(tokens.get(label));
      if (!(rel.equals("obj") || rel.equals("iobj") || rel.equals("obl:arg")) || heads[label] <= colon) {
        continue;
      }
      for (int c = colon + 1; c < tokens.size(); c++) {
        if (heads[c] == label && rel(tokens.get(c)).equals("appos")) {
          heads[c] = heads[label];
          corrected[c] = rel;
          corrected[label] = "dep";
          return;
        }
      }
    }
  }

  /** The colon that ends the label: the first token that is one, with no verb before it. */
  private static int firstColon(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (COLON.equals(t.text())) {
        return i;
      }
      if ("VERB".equals(t.upos()) || "AUX".equals(t.upos())) {
        return -1;
      }
    }
    return -1;
  }

  private static String rel(Token t) {
    return t.deprel() == null ? "" : t.deprel().toLowerCase(Locale.ROOT);
  }
}
