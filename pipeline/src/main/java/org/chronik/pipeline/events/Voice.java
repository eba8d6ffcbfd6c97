package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The voice of a verb as the German model writes it: which clauses are passive, and which of the
 * parser's passive subjects are subjects or objects. Read through {@link SentenceView}.
 */
final class Voice {
  private Voice() {}

  /**
   * True when the verb is passive: a "werden" passive auxiliary, or a passive subject without one.
   * The German model also writes the "sein" of a perfect ("ist … zusammengetroffen", "sind …
   * einmarschiert") as aux:pass with an nsubj:pass; that is an active clause, except for a
   * {@code STATIVE_PASSIVE} verb of grammar.tsv ("sind festgenommen").
   */
  static boolean isPassive(SentenceView s, int verb) {
    boolean werden = false;
    boolean sein = false;
    boolean passiveSubject = false;
    boolean active = false;
    for (int c : s.children(verb)) {
      String d = s.deprel(c);
      if (perfectAuxiliary(s, c)) {
        // "hatte der Papst den Revolutionsführer getroffen": a haben perfect makes the clause active, whatever
        // the parser wrote for the object; also where it labelled the "haben" aux:pass ("Die Soldaten hätten
        // Zivilisten getötet" with both phrases as passive subjects)
        active = true;
      } else if (d.equals("aux:pass")) {
        werden |= s.grammar().is(EventGrammar.Kind.PASSIVE_AUX, s.lemma(c));
        sein |= s.grammar().is(EventGrammar.Kind.STATIVE_AUX, s.lemma(c));
      } else if (d.equals("nsubj:pass")) {
        passiveSubject = true;
      } else if (d.equals("nsubj")) {
        active = true; // a subject of its own
      }
    }
    if (!werden && !sein && !passiveSubject && !active && s.baseRel(verb).equals("conj") && s.head(verb) >= 0 && (!s.isFinite(verb) || bare(s, verb))
        && s.children(verb).stream().noneMatch(c -> s.deprel(c).startsWith("aux") || s.deprel(c).startsWith("nsubj"))) {
      return isPassive(s, s.head(verb)); // "wurde gefunden und festgenommen": a bare participle shares the passive
    }
    // "Elf Wärter sind festgenommen", "Zwei Manager sind angeklagt": a verb of an authority's act, which
    // forms no sein perfect, with "sein" tells the act done to its passive subject (a stative passive)
    boolean stative = sein && s.grammar().is(EventGrammar.Kind.STATIVE_PASSIVE, s.lemma(verb));
    return werden || (!sein || stative) && passiveSubject && !active;
  }

  /**
   * A conjunct with nothing of its own but its conjunction ("gefunden und verhaftet"): a participle
   * even where the tagger took it for the finite form it is spelt like ("verhaftet", "untersagt").
   */
  private static boolean bare(SentenceView s, int verb) {
    return s.children(verb).stream().allMatch(c -> s.baseRel(c).equals("cc") || s.baseRel(c).equals("punct"));
  }

  /**
   * True when the parser's nsubj:pass of an active verb is its object: the clause has a subject of
   * its own or a haben perfect ("hatte der Papst den Revolutionsführer getroffen"). In a sein
   * perfect without another subject it is the subject ("ist mit Tusk zusammengetroffen").
   */
  static boolean passiveSubjectIsObject(SentenceView s, int verb) {
    if (isPassive(s, verb)) {
      return false;
    }
    for (int c : s.children(verb)) {
      String d = s.deprel(c);
      if (d.equals("nsubj") || perfectAuxiliary(s, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The German model labels the "werden" of a future aux:pass when its subject and object both look
   * like passive subjects ("Russland wird die Ukraine angreifen"); before a verb form the lexicon knows
   * only as an infinitive it is the future's auxiliary, corrected to aux (read as intent by the modality).
   */
  static void markFutures(SentenceView s, String[] corrected) {
    for (int c = 0; c < s.size(); c++) {
      if (s.deprel(c).equals("aux:pass") && futureAuxiliary(s, c)) {
        corrected[c] = "aux";
      }
    }
  }

  private static boolean futureAuxiliary(SentenceView s, int c) {
    return s.grammar().is(EventGrammar.Kind.PASSIVE_AUX, s.lemma(c)) && s.head(c) >= 0 && s.cases().infinitiveOnly(s, s.head(c));
  }

  /**
   * A finite auxiliary of an active verb form, labelled aux or (a slip of the German model) aux:pass:
   * the "haben" of a perfect, or the "werden" of a future before a verb form the lexicon knows only as
   * an infinitive, never as a participle ("Russland wird die Ukraine angreifen"; not "wird … erhalten").
   */
  static boolean perfectAuxiliary(SentenceView s, int c) {
    String d = s.deprel(c);
    if (!d.equals("aux") && !d.equals("aux:pass")) {
      return false;
    }
    return s.grammar().is(EventGrammar.Kind.PERFECT_AUX, s.lemma(c)) || futureAuxiliary(s, c);
  }

  /** Subjects of a verb: nsubj, or for a "sein" perfect the parser's nsubj:pass. */
  static List<Integer> subjects(SentenceView s, int verb) {
    List<Integer> out = new ArrayList<>();
    boolean passiveSubjectIsSubject = !isPassive(s, verb) && !passiveSubjectIsObject(s, verb);
    for (int c : s.children(verb)) {
      String d = s.deprel(c);
      if (d.equals("nsubj") || passiveSubjectIsSubject && d.equals("nsubj:pass")) {
        out.add(c);
      }
    }
    return out;
  }
}
