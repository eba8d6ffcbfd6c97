package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;

/** A sentence parsed by hand for tests of the structural rules, where the parser's own error is the case. */
final class HandParse {
  private HandParse() {}

  /** One "text/lemma/UPOS/head/deprel" per token (the text doubles as lemma), heads 0-based, -1 for the root. */
  static SentenceView view(CaseReader cases, String... tokens) {
    List<Token> list = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      String[] f = tokens[i].split("/");
      if (body.length() > 0) {
        body.append(' ');
      }
      Span span = new Span(body.length(), body.length() + f[0].length());
      body.append(f[0]);
      list.add(new Token(i, f[0], f[0], span, f[1], f[2], "", "O", Integer.parseInt(f[3]), f[4]));
    }
    Sentence sentence = new Sentence(0, new Span(0, body.length()), list);
    SentenceView.Context context = new SentenceView.Context(body.toString(), List.of(), List.of(), cases,
        EventGrammar.forLanguage("de"), w -> false, w -> false);
    return new SentenceView(sentence, context);
  }
}
