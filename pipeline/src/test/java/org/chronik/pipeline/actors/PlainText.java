package org.chronik.pipeline.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;

/** Plain token lists without a parser, for tests of the dictionary and matcher alone. */
final class PlainText {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’./-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|\\S");

  private PlainText() {}

  /** Sentences split after . ! ? tokens; every token untagged (ner "O", no part of speech). */
  static List<Sentence> sentences(String body) {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(body);
    while (m.find()) {
      String text = m.group();
      if (text.endsWith(".") && text.length() > 1) {
        text = text.substring(0, text.length() - 1);
      }
      int end = m.start() + text.length();
      tokens.add(new Token(tokens.size(), text, text, new Span(m.start(), end), text, null, null, "O", -1, null));
      if (end < m.end()) {
        tokens.add(new Token(tokens.size(), ".", ".", new Span(end, m.end()), ".", null, null, "O", -1, null));
      }
      String last = tokens.get(tokens.size() - 1).text();
      if (last.equals(".") || last.equals("!") || last.equals("?")) {
        sentences.add(sentence(sentences.size(), tokens));
        tokens = new ArrayList<>();
      }
    }
    if (!tokens.isEmpty()) {
      sentences.add(sentence(sentences.size(), tokens));
    }
    return sentences;
  }

  private static Sentence sentence(int index, List<Token> tokens) {
    return new Sentence(index, new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end()), tokens);
  }
}
