package org.chronik.pipeline.events;

import java.util.List;
import java.util.function.Predicate;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;

/**
 * Dates inside a frame phrase: a date right after the noun of a {@code FRAME} phrase of time or cause
 * ("am dritten Tag nach dem Beginn der Proteste am vergangenen Freitag", "wegen des Anschlags am
 * Montag", "eine Koalition nach der Landtagswahl am 31. August") is that noun's date, the day the
 * frame's thing happened, wherever the parser hung it. It dates neither the clause's act nor the
 * sentences after it. A {@code SEQUEL} frame ("nach") puts the act after its thing: its date is then
 * the act's earliest day and still dates it, unless an {@code OFFSET_UNIT} before the preposition says
 * how much later ("am fünften Tag nach"). A report noun's phrase ("nach Angaben der Polizei vom Montag") is no frame: it
 * tells who said so, and its date is the story's.
 */
final class FramedDates {
  private final EventGrammar grammar;
  private final Predicate<String> reportNoun;

  FramedDates(EventGrammar grammar, Predicate<String> reportNoun) {
    this.grammar = grammar;
    this.reportNoun = reportNoun;
  }

  /** True when the expression follows a frame phrase's noun in the sentence and so dates that noun. */
  boolean framed(Sentence s, Span expression) {
    List<Token> tokens = s.tokens();
    int first = -1;
    for (Token t : tokens) {
      if (t.span().overlaps(expression)) {
        first = t.index();
        break;
      }
    }
    if (first < 0) {
      return false;
    }
    int before = first - 1; // skip the expression's own preposition and article ("an dem", "vom")
    while (before >= 0 && belongsTo(tokens, before, expression) && isFunctionWord(tokens.get(before))) {
      before--;
    }
    if (before < 0 || !nominal(tokens.get(before))) {
      return false;
    }
    int top = before; // climb the noun phrase the date follows ("Ausbruch" <- "Kampfhandlungen")
    while (tokens.get(top).head() >= 0 && tokens.get(top).head() < first && nominal(tokens.get(tokens.get(top).head()))
        && tokens.get(top).baseRel().equals("nmod")) {
      top = tokens.get(top).head();
    }
    Token noun = tokens.get(top);
    if (reportNoun.test(noun.lemma()) || reportNoun.test(noun.text())) {
      return false;
    }
    for (Token c : tokens) {
      if (c.head() == top && c.baseRel().equals("case") && c.index() < top && grammar.is(EventGrammar.Kind.FRAME, c.text())) {
        return contiguous(tokens, c.index(), first) && (!grammar.is(EventGrammar.Kind.SEQUEL, c.text()) || offset(tokens, c.index()));
      }
    }
    return false;
  }

  /**
   * True when a unit of time stands right before the sequel preposition ("am fünften Tag nach", "zwei
   * Wochen nach"): the act lies that much after the frame's date. Without one, "nach X am Montag"
   * leaves Monday as the act's earliest day, the best date the sentence gives.
   */
  private boolean offset(List<Token> tokens, int preposition) {
    if (preposition == 0) {
      return false;
    }
    Token unit = tokens.get(preposition - 1);
    return grammar.is(EventGrammar.Kind.OFFSET_UNIT, unit.lemma()) || grammar.is(EventGrammar.Kind.OFFSET_UNIT, unit.text());
  }

  /** Nothing but the phrase lies between its preposition and the date: no verb, no punctuation. */
  private static boolean contiguous(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String upos = tokens.get(i).upos();
      if ("VERB".equals(upos) || "AUX".equals(upos) || "PUNCT".equals(upos) || "SCONJ".equals(upos)) {
        return false;
      }
    }
    return true;
  }

  private static boolean belongsTo(List<Token> tokens, int i, Span expression) {
    int h = tokens.get(i).head();
    return h >= 0 && tokens.get(h).span().overlaps(expression);
  }

  private static boolean isFunctionWord(Token t) {
    String rel = t.baseRel();
    return rel.equals("case") || rel.equals("det");
  }

  private static boolean nominal(Token t) {
    return "NOUN".equals(t.upos()) || "PROPN".equals(t.upos());
  }
}
