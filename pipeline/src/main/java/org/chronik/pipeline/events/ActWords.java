package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.io.Tsv;

/**
 * Nouns that name an earlier act by its kind ("der Vorstoß", "diese Maßnahme", "den Schritt"), with the
 * CAMEO roots of the acts each may name, and the roots of the answers that may be aimed at such an act
 * ({@code lang/<iso>/events/act-words.tsv}). Read by {@link ImplicitTarget}: the answer's target is the
 * agent of the nearest such act in its own or the {@link #BACK} sentences before. Immutable.
 */
final class ActWords {
  /** How many sentences back the act a kind noun names may have been told. */
  static final int BACK = 3;

  private final Map<String, Set<String>> roots;
  private final Set<String> answers;
  /** Lemmas (lower case) of things whose possessive names their author ({@code AUTHORED}: OwnedThing). */
  private final Set<String> authored;
  /** Lemmas (lower case) of press reports whose author is the medium named before them ({@code REPORT}: ReportAuthor). */
  private final Set<String> reports;

  private ActWords(Map<String, Set<String>> roots, Set<String> answers, Set<String> authored, Set<String> reports) {
    this.roots = Map.copyOf(roots);
    this.answers = Set.copyOf(answers);
    this.authored = Set.copyOf(authored);
    this.reports = Set.copyOf(reports);
  }

  static ActWords forLanguage(String iso) {
    String resource = "/lang/" + iso + "/events/act-words.tsv";
    Tsv.Table table = Tsv.Table.of(Tsv.resource(ActWords.class, resource), resource);
    Map<String, Set<String>> roots = new HashMap<>();
    Set<String> answers = new HashSet<>();
    Set<String> authored = new HashSet<>();
    Set<String> reports = new HashSet<>();
    for (Tsv.Row row : table.rows()) {
      String kind = table.get(row, "kind");
      String word = table.get(row, "word");
      if ((kind.equals("AUTHORED") || kind.equals("REPORT")) && !word.equals("-") && table.get(row, "roots").equals("-")) {
        (kind.equals("REPORT") ? reports : authored).add(word.toLowerCase(Locale.ROOT));
        continue;
      }
      List<String> codes = List.of(table.get(row, "roots").split("\\|"));
      if (!codes.stream().allMatch(c -> c.matches("\\d\\d")) || !Set.of("NOUN", "ANSWER").contains(kind)
          || kind.equals("NOUN") == word.equals("-") || kind.equals("ANSWER") && codes.size() != 1) {
        throw new IllegalArgumentException(row.where() + ": expected NOUN with a word and roots, ANSWER - with one root, or AUTHORED or REPORT with a word and roots -: \""
            + String.join("\t", row.fields()) + "\"");
      }
      if (kind.equals("NOUN")) {
        roots.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> new HashSet<>()).addAll(codes);
      } else {
        answers.add(codes.get(0));
      }
    }
    return new ActWords(roots, answers, authored, reports);
  }

  /** The roots of the acts this noun lemma may name by their kind; empty for any other noun. */
  Set<String> roots(String lemma) {
    return roots.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of());
  }

  /** Whether a possessive on a noun of this lemma names the noun's author ("seine Pläne", "ihre Äußerungen"). */
  boolean authored(String lemma) {
    return authored.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** The authored noun this lemma is or ends in ("Mediengesetz": "gesetz"; at least four letters), or null. */
  String authoredEnd(String lemma) {
    String w = lemma == null ? "" : lemma.toLowerCase(Locale.ROOT);
    for (int i = 0; i < w.length() - 3; i++) {
      if (authored.contains(w.substring(i))) {
        return w.substring(i);
      }
    }
    return null;
  }

  /** Whether a noun of this lemma is a press report whose author is the medium named before it ("den Bericht"). */
  boolean report(String lemma) {
    return reports.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether an act of this CAMEO code may answer an act named by its kind. */
  boolean answers(String code) {
    return code.length() >= 2 && answers.contains(code.substring(0, 2));
  }
}
