package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;

/**
 * What a verb of calling calls its object, for a rule's {@code label=} condition: the noun or adjective
 * of a {@code LABEL_CASE} phrase ("als") on the verb ("bezeichnete die Wahl als Farce", "stufte das
 * Gesetz als verfassungswidrig ein"), or, for a {@code NAMING} verb without such a phrase ("nennen"),
 * a second bare complement beside its object ("nannte den Minister einen Lügner", "nannte die Vergabe
 * illegal"). Never the object itself: "bezeichnete den Putsch als notwendig" does not call anything a
 * coup. A {@code LABEL_FRAME} noun ("eine Art Völkermord", "ein Akt der Erpressung", "einen feindseligen
 * Akt") passes the condition to its attribute, and coordinated labels count each ("als niveaulos und
 * inakzeptabel"). Words and kinds: {@code grammar.tsv}; the label lists: {@code words/label-*.txt}.
 */
final class LabelPhrase {
  /** How far above its case marker a label's noun may hang below the verb (the parser puts it on the object at times). */
  private static final int MAX_LEVELS = 3;

  private LabelPhrase() {}

  /** The label token that is one of the words, or -1. */
  static int find(SentenceView s, int verb, Set<String> words) {
    boolean marked = false;
    for (int t = 0; t < s.size(); t++) {
      String rel = s.baseRel(t);
      if (!s.grammar().is(EventGrammar.Kind.LABEL_CASE, s.word(t)) || rel.equals("mark") || rel.equals("cc")) {
        continue;
      }
      // "als Farce": the marker on its noun; or the parser's small clause, the marker heading the label
      // with the object as its subject ("[das Referendum] als [Farce]" as xcomp of the verb)
      boolean onNoun = rel.equals("case");
      int anchor = onNoun ? s.head(t) : t;
      if (anchor < 0 || !below(s, anchor, verb)) {
        continue;
      }
      marked = true;
      for (int label : onNoun ? List.of(anchor) : s.children(t)) {
        if (!onNoun && (s.baseRel(label).startsWith("nsubj") || s.upos(label).equals("PUNCT") || s.upos(label).equals("DET"))) {
          continue;
        }
        int hit = labelWord(s, label, words);
        if (hit >= 0) {
          return hit;
        }
      }
    }
    if (marked || !s.grammar().is(EventGrammar.Kind.NAMING, s.lemma(verb))) {
      return -1; // "Als Grund nannte er die Übernahme": the "als" phrase is what is named
    }
    for (int c : s.children(verb)) {
      if (complement(s, verb, c) && calledBefore(s, verb, c)) {
        int hit = labelWord(s, c, words);
        if (hit >= 0) {
          return hit;
        }
      }
      for (int g : s.children(c)) {
        // "nannte [die Sanktionen [eine Unterstützung]]": the parser hung the label on the object, after it, with an article of its own
        if (!s.subjects(verb).contains(c) && g > c && s.baseRel(g).equals("nmod") && s.preposition(g) == null && indefinite(s, g)) {
          int hit = labelWord(s, g, words);
          if (hit >= 0) {
            return hit;
          }
        }
      }
    }
    return -1;
  }

  /** A noun with an indefinite article ({@code LABEL_ARTICLE}: "eine Unterstützung"), no genitive attribute. */
  private static boolean indefinite(SentenceView s, int noun) {
    return s.children(noun).stream().anyMatch(d -> s.baseRel(d).equals("det") && s.grammar().is(EventGrammar.Kind.LABEL_ARTICLE, s.lemma(d)));
  }

  /** The label's own head is below the verb within its clause: no other verb between them. */
  private static boolean below(SentenceView s, int label, int verb) {
    int up = label;
    for (int level = 0; level < MAX_LEVELS && up >= 0; level++) {
      if (s.head(up) == verb) {
        return true;
      }
      up = s.head(up);
      if (up >= 0 && s.isVerbal(up) && up != verb) {
        return false;
      }
    }
    return false;
  }

  /** A bare complement of the verb that may be a predicative: no subject, no prepositional phrase. */
  private static boolean complement(SentenceView s, int verb, int c) {
    String rel = s.deprel(c);
    if (rel.startsWith("nsubj") || s.preposition(c) != null || s.subjects(verb).contains(c)) {
      return false;
    }
    String upos = s.upos(c);
    return upos.equals("NOUN") || upos.equals("ADJ") || upos.equals("ADV") || upos.equals("PROPN");
  }

  /**
   * The thing or person called so stands beside the label, a nominal complement that is not the subject: before
   * the label ("nannte [den Angriff] [ein Massaker]", "nannte [dies] [einen Putsch]"), or anywhere when the label
   * is fronted before the verb ("Einen Fehler nannte er den Beschluss"). The parser may make it a second subject.
   */
  private static boolean calledBefore(SentenceView s, int verb, int label) {
    List<Integer> subjects = s.subjects(verb);
    int first = subjects.isEmpty() ? -1 : subjects.get(0);
    for (int c : s.children(verb)) {
      if (c == label || c == first || s.preposition(c) != null) {
        continue;
      }
      String rel = s.baseRel(c);
      String upos = s.upos(c);
      boolean core = rel.equals("obj") || rel.equals("iobj") || rel.equals("obl") || rel.equals("expl") || rel.equals("nsubj");
      boolean nominal = upos.equals("NOUN") || upos.equals("PROPN") || upos.equals("PRON") || upos.equals("DET");
      if (core && nominal && (c < label || label < verb)) {
        return true;
      }
    }
    return false;
  }

  /** The label itself, a label coordinated with it, or the attribute of a frame noun ("eine Art Völkermord"). */
  private static int labelWord(SentenceView s, int label, Set<String> words) {
    if (RuleConditions.isWord(s, label, words)) {
      return label;
    }
    boolean frame = s.grammar().is(EventGrammar.Kind.LABEL_FRAME, s.lemma(label)) || s.grammar().is(EventGrammar.Kind.LABEL_FRAME, s.word(label));
    for (int c : s.children(label)) {
      String rel = s.baseRel(c);
      boolean attribute = frame && (rel.equals("nmod") || rel.equals("appos") || rel.equals("amod"));
      // "als „Fest“": the quotation mark the tagger took for a name heads the word
      if ((rel.equals("conj") || rel.equals("flat") || attribute) && RuleConditions.isWord(s, c, words)) {
        return c;
      }
    }
    return -1;
  }
}
