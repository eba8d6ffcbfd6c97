package org.chronik.pipeline.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A postposition the parser hung on the noun after it, as if it were that noun's preposition:
 * "Die Küstenwache barg Medienberichten zufolge 40 Fischer" comes out with "zufolge" as
 * the case marker of "Fischer" and "Medienberichten" as the verb's object, so the rescued sit in
 * an attribution phrase (never an argument) and the verb's object is the source of the news. A word
 * of {@code POSTPOSITION} ({@code lang/<iso>/parse/verbs.tsv}: "zufolge") hung as {@code case} on a
 * word after it, right after a noun or name, becomes the case marker of that noun's phrase (the head
 * of a name or apposition it ends: "der Agentur PAP zufolge"). That phrase is then an oblique: where
 * the parser had made it an argument of a verb, the noun the postposition had been hung on takes that
 * argument's relation, when it hangs on the same verb or on the phrase itself and has no preposition
 * of its own ("den Berichten zufolge im März" keeps "im März" an oblique). Immutable and thread-safe.
 */
final class Postpositions {
  private static final String CASE = "case";
  private static final String OBLIQUE = "obl";
  private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN");
  /** Relations that make a phrase an argument of its verb, which an attribution phrase never is. */
  private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:arg");
  /** Relations inside a name or an apposition, whose first word heads the phrase. */
  private static final Set<String> NAME_PARTS = Set.of("flat", "appos");

  private final Set<String> words;

  private Postpositions(Set<String> words) {
    this.words = words;
  }

  /** The {@code POSTPOSITION} words of a language's {@code parse/verbs.tsv}; none when the file names none. */
  static Postpositions of(Map<String, List<String>> words) {
    return new Postpositions(Set.copyOf(words.getOrDefault("POSTPOSITION", List.of()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()));
  }

  /** Hangs each misplaced postposition on the noun before it and gives the argument back to the noun after it. */
  void repair(VerbRepair.Clause clause) {
    for (int p = 1; p < clause.size(); p++) {
      int after = clause.head(p);
      if (!words.contains(clause.token(p).text().toLowerCase(Locale.ROOT)) || !CASE.equals(clause.baseRel(p)) || after <= p
          || !NOMINAL.contains(clause.token(p - 1).upos())) {
        continue;
      }
      int phrase = phraseHead(clause, p - 1);
      if (phrase == after) {
        continue;
      }
      clause.attach(p, phrase, CASE);
      int verb = clause.head(phrase);
      String relation = clause.deprel(phrase);
      if (verb < 0 || !ARGUMENTS.contains(relation)) {
        continue;
      }
      clause.attach(phrase, verb, OBLIQUE);
      boolean onClause = clause.head(after) == verb || clause.head(after) == phrase;
      if (onClause && NOMINAL.contains(clause.token(after).upos()) && !ownPreposition(clause, after)) {
        clause.attach(after, verb, relation);
      } else if (clause.head(after) == phrase) {
        clause.attach(after, verb, OBLIQUE); // a phrase of the clause, no attribute of the attribution
      }
    }
  }

  private static int phraseHead(VerbRepair.Clause clause, int t) {
    int head = t;
    while (NAME_PARTS.contains(clause.baseRel(head)) && clause.head(head) >= 0 && clause.head(head) < head) {
      head = clause.head(head);
    }
    return head;
  }

  private static boolean ownPreposition(VerbRepair.Clause clause, int noun) {
    return clause.children(noun).stream().anyMatch(c -> CASE.equals(clause.baseRel(c)));
  }
}
