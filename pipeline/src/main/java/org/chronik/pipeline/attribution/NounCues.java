package org.chronik.pipeline.attribution;

import org.chronik.model.Span;
import org.chronik.model.Token;

/** Cues read off nouns: statement nouns that attribute with their adposition, and the speaker of a speech noun without attribute. */
final class NounCues {
  private final AttributionLexicon lexicon;

  NounCues(AttributionLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * "nach Angaben der Polizei", "seiner Ansicht nach", "nach Polizeiangaben": a statement noun with
   * the adposition its row names (before or after it) attributes the clause; its author speaks, a
   * compound names the author in its first part, and without either nobody is named ("nach ersten
   * Informationen").
   */
  AttributionCue sourceCue(DependencyTree tree, int sentence, int noun, String body) {
    Token t = tree.token(noun);
    if (!"NOUN".equals(t.upos()) || tree.quoted(noun)) {
      return null;
    }
    CueEntry entry = lexicon.statementEntry(Tokens.lemma(t));
    String adposition = entry == null ? null : entry.role("case");
    if (adposition == null) {
      return null;
    }
    int marker = tree.child(noun, "case");
    if (marker < 0 || !adposition.equalsIgnoreCase(tree.token(marker).text())) {
      marker = adjacentAdposition(tree, noun, adposition);
    }
    if (marker < 0) {
      return null;
    }
    int author = Authors.of(tree, noun, lexicon);
    boolean compound = !entry.words().get(0).equalsIgnoreCase(Tokens.lemma(t));
    int speaker = author >= 0 ? author : compound ? noun : -1;
    Span span = new Span(Math.min(t.begin(), tree.token(marker).begin()), Math.max(t.end(), tree.token(marker).end()));
    return new AttributionCue(entry, sentence, noun, span, span.of(body), speaker, -1, true);
  }
  /** The subject of the nearest verb above the token, climbing through open complements ("versuchte mit den Worten zu beruhigen"). */
  /**
   * The adposition by position when the parser hung it elsewhere (often on a quotation mark): right
   * after the noun ("Seiner Ansicht nach „…“") or right before its phrase ("nach den ersten Angaben").
   */
  private static int adjacentAdposition(DependencyTree tree, int noun, String adposition) {
    if (noun + 1 < tree.size() && adposition.equalsIgnoreCase(tree.token(noun + 1).text())) {
      return noun + 1;
    }
    int first = noun;
    while (first > 0 && tree.token(first - 1).head() == noun && !tree.isPunct(first - 1)) {
      first--;
    }
    return first > 0 && adposition.equalsIgnoreCase(tree.token(first - 1).text()) ? first - 1 : -1;
  }

  int clauseSubject(DependencyTree tree, int token) {
    int v = tree.token(token).head();
    for (int steps = 0; v >= 0 && steps < tree.size(); steps++) {
      if (Tokens.isVerb(tree.token(v))) {
        if (lexicon.verb(Tokens.lemma(tree.token(v))) != null) {
          return -1; // "zitierte X mit den Worten": the speech verb's own cue names the speaker
        }
        int subject = SpeakerRoles.subject(tree, v, lexicon);
        if (subject >= 0 || !"xcomp".equals(tree.token(v).deprel())) {
          return subject;
        }
      }
      v = tree.token(v).head();
    }
    return -1;
  }}
