package org.chronik.pipeline.discourse;

import java.util.List;
import org.chronik.model.ActorRef;
import org.chronik.model.Token;

/**
 * What a pronoun or a definite description refers back to: the nearest fitting actor named before
 * it, sentence by sentence back from its own. A personal pronoun ("er", "sie") prefers, within each
 * sentence, an actor heading a subject (the one the clause is about); a demonstrative ("dieser") and a
 * description take the one named last. What fits (a person, a state, an organisation) is the
 * caller's: quote speakers (quotes.PronounResolver) and event arguments (events.Anaphora) both search
 * with this one mechanism.
 */
public final class AntecedentSearch {
  private AntecedentSearch() {}

  /** What the search reads of a document. */
  public interface Text {
    /** The tokens of a sentence. */
    List<Token> tokens(int sentence);

    /** The fitting actor named at token k of the sentence, or null (not an actor, or not one that fits). */
    ActorRef candidate(int sentence, int k);
  }

  /** How a sentence's fitting actors are weighed. */
  public enum Mode {
    /** one heading a subject, else the one named last (a personal pronoun) */
    SUBJECT_FIRST,
    /** one heading a subject; a sentence that names fitting actors but none as a subject ends the search (a subject pronoun of an event) */
    SUBJECT_ONLY,
    /** the one named last (a demonstrative, a description) */
    LAST_NAMED
  }

  /** An antecedent: the actor and the token of its sentence that names it. */
  public record Found(ActorRef actor, int sentence, int token) {}

  /**
   * The antecedent of the word beginning at character {@code before} in {@code sentence}: the first
   * sentence from its own back to {@code sentencesBack} before that names a fitting actor before the
   * word gives it; null when none does.
   */
  public static ActorRef find(Text text, int sentence, int before, boolean lastNamed, int sentencesBack) {
    Found f = locate(text, sentence, before, lastNamed ? Mode.LAST_NAMED : Mode.SUBJECT_FIRST, sentencesBack);
    return f == null ? null : f.actor();
  }

  /** {@link #find} by mode, with where the antecedent stands. */
  public static Found locate(Text text, int sentence, int before, Mode mode, int sentencesBack) {
    for (int s = sentence; s >= 0 && s >= sentence - sentencesBack; s--) {
      Found subject = mode == Mode.LAST_NAMED ? null : nearest(text, s, before, true);
      if (subject != null) {
        return subject;
      }
      Found any = nearest(text, s, before, false);
      if (any != null) {
        return mode == Mode.SUBJECT_ONLY ? null : any;
      }
    }
    return null;
  }

  /** The fitting actor named last in sentence s before the character offset; with {@code subject}, only one heading a subject. */
  private static Found nearest(Text text, int s, int before, boolean subject) {
    List<Token> tokens = text.tokens(s);
    for (int k = tokens.size() - 1; k >= 0; k--) {
      if (tokens.get(k).end() > before || subject && !inSubject(tokens, k)) {
        continue;
      }
      ActorRef a = text.candidate(s, k);
      if (a != null) {
        return new Found(a, s, k);
      }
    }
    return null;
  }

  /**
   * The token is a subject or part of a subject's name or apposition ("Annalena Baerbock", "die Ministerin,
   * Nancy Faeser"), or of the noun a partitive subject picks one of ("Einer der Gegner des Plans, Ali Bakr, …":
   * the subject is a pronoun, the noun beside it says who).
   */
  public static boolean inSubject(List<Token> tokens, int k) {
    int t = k;
    for (int steps = 0; t >= 0 && steps < tokens.size(); steps++) {
      String rel = tokens.get(t).deprel();
      if (rel == null) {
        return false;
      }
      if (rel.startsWith("nsubj")) {
        return true;
      }
      boolean partitive = rel.equals("nmod") && tokens.get(t).head() >= 0 && PARTITIVE_HEADS.contains(tokens.get(tokens.get(t).head()).upos());
      if (!(rel.startsWith("flat") || rel.equals("appos") || rel.equals("compound") || partitive)) {
        return false;
      }
      t = tokens.get(t).head();
    }
    return false;
  }

  /** Parts of speech (universal) of a partitive subject's head: "einer", "keiner" of a noun phrase. */
  private static final java.util.Set<String> PARTITIVE_HEADS = java.util.Set.of("DET", "PRON");
}
