package org.chronik.pipeline.parse;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.lemma.GermanLexicon;

/** Parsed sentences written by hand for the parse-repair tests: one place that reads the test notation. */
final class TaggedTokens {
  private TaggedTokens() {}

  /** The German verb words and repair, loaded once for every parse test in the JVM. */
  private static final class German {
    static final GermanLexicon LEXICON = GermanLexicon.load();
    static final MistaggedVerbs VERBS = MistaggedVerbs.forLanguage("de", LEXICON);
    static final VerbRepair REPAIR = new VerbRepair(VERBS, LEXICON);
  }

  static MistaggedVerbs germanVerbs() {
    return German.VERBS;
  }

  static VerbRepair germanRepair() {
    return German.REPAIR;
  }

  /** Tokens written "word/lemma/UPOS/xpos/head/relation" ("-" for no xpos), separated by spaces. */
  static List<Token> of(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String item : tagged.split(" ")) {
      String[] f = item.split("/");
      String xpos = f[3].equals("-") ? null : f[3];
      tokens.add(new Token(tokens.size(), f[0], f[0], new Span(at, at + f[0].length()), f[1], f[2], xpos, "O", Integer.parseInt(f[4]), f[5]));
      at += f[0].length() + 1;
    }
    return tokens;
  }

  /** The tokens of {@link #of} as one sentence, repaired by the German repair. */
  static List<Token> repaired(String tagged) {
    return repaired(German.REPAIR, tagged);
  }

  /** The tokens of {@link #of} as one sentence, repaired by {@code repair}. */
  static List<Token> repaired(VerbRepair repair, String tagged) {
    List<Token> tokens = of(tagged);
    int end = tokens.get(tokens.size() - 1).span().end();
    return repair.repair(new Sentence(0, new Span(0, end + 1), tokens)).tokens();
  }
}
