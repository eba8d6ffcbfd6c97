package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Mention;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;

/**
 * Datelines the cleaner cannot see because they do not open a paragraph: a corpus that runs the
 * title, the lead and the body into one line puts "Hanoi – " or "Prag/Wien – " after the lead's full
 * stop, at the start of a sentence. The place names there say where the report was filed; they are
 * never a party to the sentence's act ("Hanoi – Als Geste … wurde ein Dissident entlassen" is no act
 * of Vietnam's), so the coder does not see their mentions. The cleaner's own DATELINE rules stay the
 * measure for a dateline at a paragraph start; this reads only what the parser already split.
 */
final class RunInDatelines {
  /** Words before the dash: four places joined by "/" ("Gaza/Jerusalem – "), or a name of two words each. */
  private static final int MAX_WORDS = 8;

  private final EventGrammar grammar;

  RunInDatelines(EventGrammar grammar) {
    this.grammar = grammar;
  }

  /** The mentions outside every run-in dateline of the sentences. */
  List<Mention> outside(List<Sentence> sentences, List<Mention> mentions) {
    List<Span> datelines = new ArrayList<>();
    for (Sentence s : sentences) {
      Span d = dateline(s);
      if (d != null) {
        datelines.add(d);
      }
    }
    if (datelines.isEmpty()) {
      return mentions;
    }
    return mentions.stream().filter(m -> datelines.stream().noneMatch(d -> d.contains(m.span()))).toList();
  }

  /**
   * The span of the place names that open the sentence before a dateline dash (grammar.tsv
   * {@code DATELINE_DASH}), or null: up to {@value #MAX_WORDS} capitalised names the tagger calls proper
   * nouns or places, joined by "/", then the dash, then a capital, a digit or a quotation mark ("Kiew –
   * das war lange ein Ort der Hoffnung" is a sentence about Kyiv, not a dateline).
   */
  Span dateline(Sentence s) {
    int k = 0;
    while (k < s.size() && !dash(s.token(k))) {
      Token t = s.token(k);
      boolean name = Character.isUpperCase(t.text().codePointAt(0)) && (t.upos().equals("PROPN") || "LOC".equals(t.ner()));
      if (k >= MAX_WORDS || !name && !(k > 0 && t.text().equals("/"))) {
        return null;
      }
      k++;
    }
    if (k == 0 || k + 1 >= s.size() || s.token(k - 1).text().equals("/")) {
      return null;
    }
    int after = s.token(k + 1).text().codePointAt(0);
    if (!Character.isUpperCase(after) && !Character.isDigit(after) && "\"„“".indexOf(after) < 0) {
      return null;
    }
    return new Span(s.token(0).begin(), s.token(k).begin());
  }

  private boolean dash(Token t) {
    return grammar.is(EventGrammar.Kind.DATELINE_DASH, t.text());
  }
}
