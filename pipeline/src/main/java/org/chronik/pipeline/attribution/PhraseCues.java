package org.chronik.pipeline.attribution;

import java.util.List;
import org.chronik.model.Span;
import org.chronik.model.Token;

/**
 * Attribution phrases of {@code cues.tsv} (kind ATTRIBUTION): "laut X", "X zufolge", "nach Angaben
 * des X", "so der Minister". Each is matched by its words at a token and its speaker is read off the
 * tree as the entry's {@code speaker} role says: the adposition's noun (default), the attribute of
 * the phrase's noun ({@code nmod}), or the next noun ({@code next}, only in a verbless tail or a
 * parenthetical).
 */
final class PhraseCues {
  private final AttributionLexicon lexicon;

  PhraseCues(AttributionLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Adds to {@code cues} every attribution phrase that starts at token {@code i}. */
  void addAt(DependencyTree tree, int sentence, int i, String body, List<AttributionCue> cues) {
    Token t = tree.token(i);
    for (CueEntry attribution : lexicon.cues(CueKind.ATTRIBUTION)) {
      int last = matchAt(attribution, tree, i);
      if (last < 0) {
        continue;
      }
      String role = attribution.role("speaker");
      if ("next".equals(role) && !verblessTail(tree, i) && !parenthetical(tree, i)) {
        continue;
      }
      int head = switch (role == null ? "" : role) {
        case "nmod" -> speakerOfNoun(tree, last);
        case "next" -> nextNoun(tree, last);
        default -> speakerOfAdposition(tree, i);
      };
      if ("next".equals(role) && head < 0) {
        continue;
      }
      Span span = new Span(t.begin(), tree.token(last).end());
      cues.add(new AttributionCue(attribution, sentence, i, span, span.of(body), head, -1, true));
    }
  }

  /** Index of the last token when the entry's lemmas start at token i, else -1. */
  private static int matchAt(CueEntry entry, DependencyTree tree, int i) {
    List<String> words = entry.words();
    if (i + words.size() > tree.size()) {
      return -1;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!words.get(k).equalsIgnoreCase(Tokens.lemma(tree.token(i + k))) && !words.get(k).equalsIgnoreCase(tree.token(i + k).text())) {
        return -1;
      }
    }
    return i + words.size() - 1;
  }

  /**
   * "„…“, so der Minister.", "…, so X weiter: „…“": the word follows a comma or a mark, and no verb
   * outside quotation marks follows it in the sentence.
   */
  private static boolean verblessTail(DependencyTree tree, int i) {
    if (i == 0 || !tree.isPunct(i - 1)) {
      return false;
    }
    for (int k = i + 1; k < tree.size(); k++) {
      if (Tokens.isVerb(tree.token(k)) && !tree.quoted(k)) {
        return false;
      }
    }
    return true;
  }

  /** "„…“, so VW-Chef X, wird VW …": the word follows a comma or mark and a verbless naming phrase runs to the next comma or colon. */
  private static boolean parenthetical(DependencyTree tree, int i) {
    if (i == 0 || !tree.isPunct(i - 1)) {
      return false;
    }
    boolean noun = false;
    for (int k = i + 1; k < tree.size(); k++) {
      Token t = tree.token(k);
      if (t.text().equals(",") || t.text().equals(":")) {
        return noun;
      }
      if (Tokens.isVerb(t) || tree.quoted(k)) {
        return false;
      }
      noun |= "NOUN".equals(t.upos()) || "PROPN".equals(t.upos());
    }
    return false;
  }

  /** "laut X", "X zufolge": the noun the adposition attaches to, else the nearest noun after it. */
  private static int speakerOfAdposition(DependencyTree tree, int adposition) {
    int head = tree.token(adposition).head();
    if (head >= 0 && Tokens.isNominal(tree.token(head))) {
      return head;
    }
    return nextNoun(tree, adposition);
  }

  /** "nach Angaben des X": the attribute of the phrase's noun, else the next noun. */
  private static int speakerOfNoun(DependencyTree tree, int noun) {
    int attribute = tree.child(noun, "nmod");
    return attribute >= 0 ? attribute : nextNoun(tree, noun);
  }

  private static int nextNoun(DependencyTree tree, int from) {
    for (int k = from + 1; k < tree.size() && k <= from + 6; k++) {
      if (Tokens.isNominal(tree.token(k))) {
        // the head of a run of nouns names the party ("dem Sprecher Peter Klein" → the last name part wins via phrase)
        return k;
      }
      if ("PUNCT".equals(tree.token(k).upos()) || "VERB".equals(tree.token(k).upos())) {
        break;
      }
    }
    return -1;
  }
}
