package org.chronik.pipeline.quotes;

import java.util.List;
import java.util.Locale;
import org.chronik.model.Token;
import org.chronik.pipeline.attribution.Tokens;

/** The words and signs right around quotation marks that make the quoted words a name, title or scare quote, never speech. */
final class MarkContext {
  private MarkContext() {}

  /** "(Motto: „…“)": a name noun heads a verbless lead-in before the colon; not the addressee of a verb ("sagte der Zeitschrift: „…“"). */
  static boolean afterColonOf(List<Token> before, QuoteLexicon lexicon) {
    int n = before.size();
    if (n < 2 || !before.get(n - 1).text().equals(":") || !lexicon.isNameNoun(Tokens.lemma(before.get(n - 2)))) {
      return false;
    }
    for (int k = n - 2; k >= 0 && !before.get(k).text().matches("[.,;:!?()]"); k--) {
      if (Tokens.isVerb(before.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** True when the words just before the mark are a scare cue ("die sogenannte „…“"). */
  static boolean scareBefore(List<Token> before, QuoteLexicon lexicon) {
    for (QuoteWord scare : lexicon.words(QuoteWord.Kind.SCARE)) {
      List<String> words = scare.words();
      int n = words.size();
      if (before.size() < n) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < n && match; k++) {
        String word = before.get(before.size() - n + k).text().toLowerCase(Locale.GERMAN);
        match = word.startsWith(words.get(k));
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  /**
   * "die „Bild“-Zeitung": a hyphen right after the closing mark joins the quoted words to a compound,
   * so they are part of a name or term, never speech.
   */
  static boolean compoundPart(String body, MarkedSpan m) {
    int end = m.outer().end();
    return end + 1 < body.length() && body.charAt(end) == '-' && Character.isLetterOrDigit(body.charAt(end + 1));
  }
}
