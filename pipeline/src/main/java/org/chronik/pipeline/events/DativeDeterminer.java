package org.chronik.pipeline.events;

import java.util.List;
import java.util.Locale;
import org.chronik.model.Sentence;
import org.chronik.model.Token;

/**
 * "ihr" is both the uninflected possessive ("ihr Land") and the dative pronoun ("warf ihr Erpressung
 * vor"). The parser often makes the pronoun the determiner of the noun after it; the uninflected
 * possessive never stands on a feminine or plural noun (grammar.tsv DATIVE_FORM, UNINFLECTED_CLASH:
 * that would be "ihre Erpressung"), so there it is the dative of the noun's verb, and is hung on that
 * verb as its indirect object, where the slots read datives and the anaphora reads pronouns. Made the
 * passive subject of a singular auxiliary ("Ihr wird … vorgeworfen"), it is that dative too.
 */
final class DativeDeterminer {
  private DativeDeterminer() {}

  /** Moves such a determiner to its noun's verb: its head in {@code heads}, its relation in {@code corrected}. */
  static void repair(Sentence sentence, int[] heads, String[] corrected, EventGrammar grammar) {
    List<Token> tokens = sentence.tokens();
    for (int t = 0; t < tokens.size(); t++) {
      Token form = tokens.get(t);
      int noun = heads[t];
      if (grammar.is(EventGrammar.Kind.DATIVE_FORM, form.text()) && rel(form).equals("nsubj:pass") && singularAuxiliary(tokens, heads, noun, grammar)) {
        corrected[t] = "iobj"; // "Ihr wird … vorgeworfen": the subject "ihr" would take "werdet"
        continue;
      }
      if (!grammar.is(EventGrammar.Kind.DATIVE_FORM, form.text()) || !rel(form).startsWith("det") || noun <= t || noun >= tokens.size()) {
        continue;
      }
      int verb = heads[noun];
      boolean clash = grammar.tagFeatures(tokens.get(noun).xpos()).stream().anyMatch(f -> grammar.is(EventGrammar.Kind.UNINFLECTED_CLASH, f));
      if (clash && "NOUN".equals(tokens.get(noun).upos()) && verb >= 0 && verb < tokens.size() && "VERB".equals(tokens.get(verb).upos())) {
        heads[t] = verb;
        corrected[t] = "iobj";
      }
    }
  }

  /** The verb's passive auxiliary is tagged singular ("wird", "wurde"). */
  private static boolean singularAuxiliary(List<Token> tokens, int[] heads, int verb, EventGrammar grammar) {
    for (int c = 0; c < tokens.size(); c++) {
      if (heads[c] == verb && rel(tokens.get(c)).equals("aux:pass") && grammar.tagFeatures(tokens.get(c).xpos()).contains("SIN")) {
        return true;
      }
    }
    return false;
  }

  private static String rel(Token t) {
    return t.deprel() == null ? "" : t.deprel().toLowerCase(Locale.ROOT);
  }
}
