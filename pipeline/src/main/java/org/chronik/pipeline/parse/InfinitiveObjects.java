package org.chronik.pipeline.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The object of a zu-infinitive the parser labelled its subject: "Der Westen wirft der Armee vor,
 * Streubomben über Dörfern abzuwerfen" comes out with "Streubomben" as the subject of "abzuwerfen",
 * so a pattern that asks for the object cannot read it and the one who acts (the governor's subject,
 * or after a verb of object control its object) is never asked for. A zu-infinitive has no subject of
 * its own; its doer comes from the clause above. An infinitive marked by an {@code INFINITIVE_MARK}
 * word ("zu") or tagged with a {@code ZU_INFINITIVE_TAG} ("abzuwerfen"; {@code lang/<iso>/parse/verbs.tsv})
 * that hangs on another word, has no {@code MODAL_INFINITIVE_AUX} auxiliary, passive auxiliary or copula
 * of its own ("ist kaum zu sehen", "hat damit zu tun" keep their subject; "zu wollen" does not), no object, and one subject standing before it inside its own clause
 * (after its governor, no comma between, no preposition) whose words may be accusative by their forms
 * ("er" and "wir" may not), gets that phrase back as its object. Immutable and thread-safe.
 */
final class InfinitiveObjects {
  private static final String SUBJECT = "nsubj";
  private static final String OBJECT = "obj";
  private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON", "DET");
  private static final String PUNCT = "PUNCT";

  private final Set<String> marks;
  private final List<String> tags;
  private final Set<String> modalAuxiliaries;
  private final ClauseArguments arguments;

  private InfinitiveObjects(Set<String> marks, List<String> tags, Set<String> modalAuxiliaries, ClauseArguments arguments) {
    this.marks = marks;
    this.modalAuxiliaries = modalAuxiliaries;
    this.tags = tags;
    this.arguments = arguments;
  }

  /** The {@code INFINITIVE_MARK} words, {@code ZU_INFINITIVE_TAG} tag prefixes and {@code MODAL_INFINITIVE_AUX} lemmas of a language's {@code parse/verbs.tsv}. */
  static InfinitiveObjects of(Map<String, List<String>> words, ClauseArguments arguments) {
    Set<String> marks = Set.copyOf(words.getOrDefault("INFINITIVE_MARK", List.of()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    return new InfinitiveObjects(marks, List.copyOf(words.getOrDefault("ZU_INFINITIVE_TAG", List.of())),
        Set.copyOf(words.getOrDefault("MODAL_INFINITIVE_AUX", List.of())), arguments);
  }

  /** Relabels the parser's subject of each such infinitive as its object. */
  void repair(VerbRepair.Clause clause) {
    for (int v = 0; v < clause.size(); v++) {
      int governor = clause.head(v);
      if (governor < 0 || !infinitive(clause, v)) {
        continue;
      }
      List<Integer> children = clause.children(v);
      if (children.stream().anyMatch(c -> modalInfinitive(clause, c) || clause.baseRel(c).equals("cop") || clause.baseRel(c).equals(OBJECT))) {
        continue;
      }
      List<Integer> subjects = children.stream().filter(c -> SUBJECT.equals(clause.deprel(c))).toList();
      if (subjects.size() != 1) {
        continue;
      }
      int n = subjects.get(0);
      if (n > v || governor < v && n < governor || !NOMINAL.contains(clause.token(n).upos()) || arguments.prepositional(clause, n)
          || commaBetween(clause, n, v) || !arguments.mayBeAccusative(clause, n)) {
        continue;
      }
      clause.attach(n, v, OBJECT);
    }
  }

  /** "ist kaum zu sehen", "hat damit zu tun", a passive "angegriffen zu werden": the infinitive's phrase may be a subject. */
  private boolean modalInfinitive(VerbRepair.Clause clause, int c) {
    String rel = clause.deprel(c);
    return rel.equals("aux:pass") || rel.startsWith("aux") && modalAuxiliaries.contains(clause.token(c).lemma());
  }

  private boolean infinitive(VerbRepair.Clause clause, int v) {
    String upos = clause.token(v).upos();
    boolean verbal = "VERB".equals(upos) || "AUX".equals(upos);
    String xpos = clause.token(v).xpos();
    if (verbal && xpos != null && tags.stream().anyMatch(xpos::startsWith)) {
      return true;
    }
    // an infinitive that is also a participle may be tagged as adjective ("die Miliz zu zerschlagen/ADJ"): its marker tells
    boolean marked = clause.children(v).stream().anyMatch(c -> "mark".equals(clause.deprel(c)) && marks.contains(clause.token(c).text().toLowerCase(Locale.ROOT)));
    return marked && (verbal || "ADJ".equals(upos));
  }

  private static boolean commaBetween(VerbRepair.Clause clause, int from, int to) {
    for (int t = from + 1; t < to; t++) {
      if (PUNCT.equals(clause.token(t).upos()) && ",".equals(clause.token(t).text())) {
        return true;
      }
    }
    return false;
  }
}
