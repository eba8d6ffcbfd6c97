package org.chronik.pipeline.events;

import java.util.Set;
import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * Acts a noun of demanding, fearing, alleging or needing holds (modality.tsv HYPOTHETICAL … noun):
 * an act noun below it or a content clause after it is not told as done. Used by {@link ModalityDetector}.
 */
final class NounHeldActs {
  /** Relations through which an act noun or clause hangs on a noun that holds it. */
  private static final Set<String> HELD = Set.of("nmod", "acl", "xcomp", "obj");
  /** Relations of a holding noun on the verb before a content clause. */
  private static final Set<String> OBJECTS = Set.of("obj", "iobj", "obl:arg", "nsubj", "nsubj:pass");

  private final ModalityCues cues;

  NounHeldActs(ModalityCues cues) {
    this.cues = cues;
  }

  /**
   * An act hung on a noun of demanding, fearing, alleging or needing (modality.tsv HYPOTHETICAL …
   * noun) is not told as done: "die Forderung nach einem Abzug", "die Gefahr eines Angriffs", "der
   * Vorwurf, X habe Y angegriffen", "die Notwendigkeit, Verhandlungen aufzunehmen" (up through the
   * act's own object and the infinitive). A relative clause on such a noun tells its own act ("die
   * Forderung, die Moskau ablehnte").
   */
  boolean held(SentenceView s, int trigger) {
    if (clauseAfterNoun(s, trigger)) {
      return true;
    }
    int cur = trigger;
    for (int step = 0; step < 4; step++) {
      String rel = s.baseRel(cur);
      int head = s.head(cur);
      if (head < 0 || !HELD.contains(rel) || s.deprel(cur).equals("acl:relcl")
          || s.children(cur).stream().anyMatch(c -> s.antecedent(c) >= 0)) {
        return false;
      }
      if (!rel.equals("obj") && cues.is(Kind.HYPOTHETICAL, Where.NOUN, s.lemma(head))) {
        return true;
      }
      cur = head;
    }
    return false;
  }

  /**
   * The parser seldom hangs a content clause on its noun ("der Vorwurf, die Partei habe … finanziert"
   * comes out as a conjunct of the main verb): the act's clause opens with a comma right after such a
   * noun, or after a verb whose object or subject it is ("hat die Notwendigkeit unterstrichen, … zu
   * bringen", "Die Gefahr wächst, dass …").
   * Not a relative clause ("die Forderung, die Moskau ablehnte").
   */
  private boolean clauseAfterNoun(SentenceView s, int trigger) {
    int comma = trigger - 1;
    while (comma >= 0 && !s.word(comma).equals(",")) {
      comma--;
    }
    if (comma < 1 || !contentClause(s, comma + 1, trigger)) {
      return false;
    }
    int before = comma - 1;
    // "ging dem Vorwurf nach, …": a separated particle stands for its verb
    int verb = s.deprel(before).equals("compound:prt") && s.head(before) >= 0 ? s.head(before) : before;
    return cues.is(Kind.HYPOTHETICAL, Where.NOUN, s.lemma(before)) || s.children(verb).stream()
        .anyMatch(c -> OBJECTS.contains(s.deprel(c)) && cues.is(Kind.HYPOTHETICAL, Where.NOUN, s.lemma(c)));
  }

  /**
   * Whether the words from {@code first} to the trigger open a content clause: one with a
   * complementizer or "zu" ("dass Russland angreife", "Verhandlungen aufzunehmen") or with a verb in
   * the subjunctive of indirect speech (modality.tsv REPORTED: "die Partei habe … finanziert"). Not
   * a relative clause, and not a second main clause ("lehnte die Forderung ab, griff aber … an").
   */
  private boolean contentClause(SentenceView s, int first, int trigger) {
    if (first > trigger || s.antecedent(first) >= 0 || s.xpos(first) != null && s.xpos(first).startsWith("PRO:REL")
        || s.upos(first).equals("CCONJ") || s.isFinite(first)) {
      return false;
    }
    int head = s.clauseHead(trigger);
    if (s.children(head).stream().anyMatch(c -> s.baseRel(c).equals("mark")) || s.upos(first).equals("SCONJ")
        || s.baseRel(head).equals("xcomp")) { // "aufzunehmen" is one word, its "zu" no mark
      return true;
    }
    for (int k = first; k < s.size() && !s.word(k).equals(","); k++) {
      if (cues.is(Kind.REPORTED, Where.FORM, s.word(k))) {
        return true;
      }
    }
    return false;
  }
}
