package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronik.model.Sentence;
import org.chronik.model.Token;

/**
 * A relative pronoun right before a name that takes no article ("Der Präsident, der Israel mit Krieg
 * gedroht hatte, …") is read by the parser as the name's article ("der Israel"), so the clause has the
 * name as subject and the pronoun, the real subject, hangs on the name. Where the form cannot be the
 * name's article (grammar.tsv {@code ARTICLE_CLASH}: "der" or "die" on a neuter name) and is the
 * nominative relative pronoun for its antecedent's gender ({@code RELATIVE_SUBJECT}: "der" after a
 * masculine noun, "die" after a feminine one), the pronoun becomes the clause's subject and the name
 * a bare argument ("obl:arg", read as the dative or the object by the slots).
 */
final class RelativeDeterminer {
  private RelativeDeterminer() {}

  static Sentence repair(Sentence sentence, EventGrammar grammar) {
    List<Token> tokens = sentence.tokens();
    List<Token> out = null;
    for (int t = 1; t + 1 < tokens.size(); t++) {
      int name = t + 1;
      if (!misread(tokens, t, grammar)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tokens);
      }
      Token pronoun = tokens.get(t);
      Token named = tokens.get(name);
      int verb = named.head();
      out.set(t, new Token(pronoun.index(), pronoun.text(), pronoun.surface(), pronoun.span(), pronoun.lemma(), "PRON", pronoun.xpos(), pronoun.ner(), verb, "nsubj"));
      out.set(name, new Token(named.index(), named.text(), named.surface(), named.span(), named.lemma(), named.upos(), named.xpos(), named.ner(), verb, "obl:arg"));
    }
    return out == null ? sentence : sentence.withTokens(List.copyOf(out));
  }

  private static boolean misread(List<Token> tokens, int t, EventGrammar grammar) {
    Token pronoun = tokens.get(t);
    Token name = tokens.get(t + 1);
    if (!",".equals(tokens.get(t - 1).text()) || !"DET".equals(pronoun.upos()) || pronoun.head() != t + 1 || !"PROPN".equals(name.upos())) {
      return false;
    }
    boolean clash = grammar.tagFeatures(name.xpos()).stream().anyMatch(f -> grammar.is(EventGrammar.Kind.ARTICLE_CLASH, f));
    int verb = name.head();
    if (!clash || grammar.pluralTag(name.xpos()) || verb <= t + 1 || verb >= tokens.size() || !"VERB".equals(tokens.get(verb).upos())) {
      return false;
    }
    String rel = name.deprel() == null ? "" : name.deprel().toLowerCase(Locale.ROOT);
    int noun = tokens.get(verb).head();
    boolean relative = tokens.get(verb).baseRel().equals("acl") && noun >= 0 && noun < t - 1;
    if (!(rel.equals("nsubj") || rel.equals("obj")) || !relative) {
      return false;
    }
    String form = pronoun.text().toLowerCase(Locale.ROOT);
    return grammar.tagFeatures(tokens.get(noun).xpos()).stream().anyMatch(f -> grammar.is(EventGrammar.Kind.RELATIVE_SUBJECT, form + ":" + f));
  }
}
