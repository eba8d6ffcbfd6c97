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

  /**
   * "X ist der Meinung, dass …", "X war der Auffassung, …": a statement noun as the predicate of a
   * copula is the subject's statement, like a speech verb; its subject speaks.
   */
  AttributionCue predicateCue(DependencyTree tree, int sentence, int noun) {
    Token t = tree.token(noun);
    CueEntry entry = "NOUN".equals(t.upos()) && !tree.quoted(noun) ? lexicon.statementEntry(Tokens.lemma(t)) : null;
    if (entry == null || entry.role("case") == null || tree.child(noun, "cop") < 0) {
      return null;
    }
    int subject = tree.exactChild(noun, "nsubj");
    return subject < 0 || tree.quoted(subject) ? null : new AttributionCue(entry, sentence, noun, t.span(), t.text(), subject, -1, false);
  }

  /**
   * "griff Syrien als den „größten Unterstützer …“ an": a qualifying word before quoted words
   * makes them the judgement of the subject of the verb it depends on (read by the quote finder only
   * for quoted words right after it).
   */
  AttributionCue qualifierCue(DependencyTree tree, int sentence, int k) {
    Token t = tree.token(k);
    CueEntry entry = lexicon.cues(CueKind.QUALIFIER).stream().filter(c -> c.words().get(0).equalsIgnoreCase(t.text())).findFirst().orElse(null);
    if (entry == null || tree.quoted(k)) {
      return null;
    }
    int verb = verbAbove(tree, k);
    String with = entry.role("with"); // "für" qualifies only with "halten": "hält X für „…“", not "zahlte für „…“"
    if (verb < 0 || !qualifiesAnObject(tree, verb) || with != null && !with.equalsIgnoreCase(Tokens.lemma(tree.token(verb)))) {
      return null; // "fungierte als …", "präsentiert sich als …": a role, not a judgement of something
    }
    int speaker = clauseSubject(tree, k);
    if (speaker < 0 || indefinite(tree.token(speaker))) {
      return null; // "hielt man für einen „…“": nobody's judgement
    }
    return new AttributionCue(entry, sentence, k, t.span(), t.text(), speaker, -1, false);
  }

  /** An indefinite pronoun ("man", "jemand") by its lexicon tag: it names no speaker. */
  static boolean indefinite(Token t) {
    return "PRON".equals(t.upos()) && t.xpos() != null && t.xpos().startsWith("PRO:IND");
  }

  private static int verbAbove(DependencyTree tree, int k) {
    int v = tree.token(k).head();
    for (int steps = 0; v >= 0 && steps < tree.size(); steps++) {
      if (Tokens.isVerb(tree.token(v))) {
        return v;
      }
      v = tree.token(v).head();
    }
    return -1;
  }

  /** The verb has an object that is no pronoun ("feierte die Absage als …", not "präsentiert sich als …"). */
  private static boolean qualifiesAnObject(DependencyTree tree, int verb) {
    for (int c : tree.children(verb)) {
      if ("obj".equals(tree.token(c).deprel()) && !"PRON".equals(tree.token(c).upos()) && !tree.quoted(c)) {
        return true;
      }
    }
    return false;
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
