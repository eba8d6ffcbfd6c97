package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Mention;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;

/**
 * Sentence views built from tokens written by hand as "field/field/…" strings, so a test states
 * exactly the parse it means. Each test says how its fields make a token; the words are joined by
 * single spaces into the sentence's text.
 */
final class HandParsed {
  /** Makes token {@code index} from its '/'-separated fields and its span in the joined text. */
  interface TokenMaker {
    Token make(int index, String[] fields, Span span);
  }

  private HandParsed() {}

  static SentenceView view(List<Mention> mentions, TokenMaker maker, String... tokens) {
    List<Token> list = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      String[] f = tokens[i].split("/", -1);
      if (body.length() > 0) {
        body.append(' ');
      }
      Span span = new Span(body.length(), body.length() + f[0].length());
      body.append(f[0]);
      list.add(maker.make(i, f, span));
    }
    Sentence sentence = new Sentence(0, new Span(0, body.length()), list);
    SentenceView.Context context = new SentenceView.Context(body.toString(), mentions, List.of(), CaseReader.NONE,
        EventGrammar.forLanguage("de"), w -> false, w -> false);
    return new SentenceView(sentence, context);
  }
}
