package org.chronik.pipeline.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronik.model.io.Tsv;

/**
 * The attribution knowledge of one language ({@code lang/<iso>/attribution/cues.tsv}): speech verbs
 * and nouns, attribution phrases ("laut X", "nach Angaben X"), attributing clauses ("wie X
 * mitteilte") and anaphors ("demnach"). Loaded once, immutable; the quote finder and the event coder
 * share it.
 */
public final class AttributionLexicon {
  private final String language;
  private final List<CueEntry> cues;
  private final Map<String, CueEntry> verbs;
  private final Map<String, CueEntry> nouns;
  private final Map<String, CueEntry> clauses;
  private final Map<String, CueEntry> anaphors;
  private final Morphology morphology;
  private final Set<String> statements;
  /** Letters a compound's first part needs to name someone ("Polizei" in "Polizeibericht"). */
  private static final int MIN_MODIFIER = 3;

  private AttributionLexicon(String language, List<CueEntry> cues, Morphology morphology) {
    this.language = language;
    this.cues = List.copyOf(cues);
    this.verbs = index(cues, CueKind.VERB);
    this.nouns = index(cues, CueKind.NOUN);
    this.clauses = index(cues, CueKind.CLAUSE);
    this.anaphors = index(cues, CueKind.ANAPHOR);
    this.morphology = morphology;
    this.statements = cues.stream().filter(c -> c.kind() == CueKind.NOUN || c.kind() == CueKind.REPORT)
        .map(c -> c.words().get(0).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Loads {@code lang/<iso>/attribution/cues.tsv}.
   *
   * @param morphology the language's morphology lexicon, {@link Morphology#NONE} where there is none
   */
  public static AttributionLexicon forLanguage(String iso, Morphology morphology) {
    String resource = "/lang/" + iso + "/attribution/cues.tsv";
    List<CueEntry> cues = new ArrayList<>();
    for (String[] row : Tsv.fields(resource, 5)) {
      CueKind kind;
      try {
        kind = CueKind.valueOf(row[0].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(resource + ": unknown kind \"" + row[0] + "\" in: " + String.join("\t", row));
      }
      cues.add(new CueEntry(kind, Arrays.asList(row[1].split(" ")), roles(resource, row[2]), row[3], row[4], String.join("\t", row)));
    }
    return new AttributionLexicon(iso, cues, morphology);
  }

  /** Loads the lexicon without a morphology. */
  public static AttributionLexicon forLanguage(String iso) {
    return forLanguage(iso, Morphology.NONE);
  }

  private static Map<String, String> roles(String resource, String field) {
    Map<String, String> roles = new LinkedHashMap<>();
    if (!field.equals("-")) {
      for (String part : field.split(" ")) {
        int eq = part.indexOf('=');
        if (eq < 1) {
          throw new IllegalArgumentException(resource + ": bad role \"" + part + "\" (expected key=value)");
        }
        roles.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return roles;
  }

  private static Map<String, CueEntry> index(List<CueEntry> cues, CueKind kind) {
    return cues.stream()
        .filter(c -> c.kind() == kind)
        .collect(Collectors.toUnmodifiableMap(c -> c.words().get(0), c -> c, (a, b) -> a));
  }

  public String language() {
    return language;
  }

  public List<CueEntry> cues() {
    return cues;
  }

  public List<CueEntry> cues(CueKind kind) {
    return cues.stream().filter(c -> c.kind() == kind).toList();
  }

  public CueEntry verb(String lemma) {
    return verbs.get(lemma);
  }

  public CueEntry noun(String lemma) {
    return nouns.get(lemma);
  }

  public CueEntry clause(String lemma) {
    return clauses.get(lemma);
  }

  public CueEntry anaphor(String lemma) {
    return anaphors.get(lemma);
  }

  public Morphology morphology() {
    return morphology;
  }

  /**
   * A noun that names a statement or document ("Meldung", "Kritik", "Erklärung"): a {@code noun} or
   * {@code report} row. It never speaks itself; its author does ("die Kritik der Opposition").
   */
  public boolean isStatementNoun(String lemma) {
    return lemma != null && statements.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** An adposition that marks the author of a statement noun ("Zitat von Habeck"): an {@code author} row. */
  public boolean isAuthorAdposition(String word) {
    return word != null && cues.stream().anyMatch(c -> c.kind() == CueKind.AUTHOR && c.words().get(0).equalsIgnoreCase(word));
  }

  /** A compound whose head is a statement noun and whose first part names the author ("Polizeibericht"). */
  public boolean isStatementCompound(String lemma) {
    if (lemma == null) {
      return false;
    }
    String l = lemma.toLowerCase(Locale.ROOT);
    return statements.stream().anyMatch(w -> l.length() >= w.length() + MIN_MODIFIER && l.endsWith(w));
  }

  /** A verb that reports an event it governs ("X berichtete, …"): a verb row marked {@code event=report}. */
  public boolean isReportVerb(String lemma) {
    CueEntry e = lemma == null ? null : verbs.get(lemma.toLowerCase(Locale.ROOT));
    return e != null && e.reportsEvents();
  }

  /** Adpositions that name who reports ("laut", "zufolge"): one-word attribution rows marked {@code event=report}. */
  public Set<String> reportAdpositions() {
    return cues.stream()
        .filter(c -> c.kind() == CueKind.ATTRIBUTION && c.reportsEvents() && c.words().size() == 1)
        .map(c -> c.words().get(0).toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** A noun whose attribute reports ("nach Angaben des X"): a statement noun marked {@code event=report}. */
  public boolean isReportNoun(String lemma) {
    CueEntry e = statementEntry(lemma);
    return e != null && e.reportsEvents() && e.words().get(0).equalsIgnoreCase(lemma);
  }

  /**
   * The {@code noun} or {@code report} row of a statement noun, also as the head of a compound
   * ("Polizeiangaben" → Angabe), or null.
   */
  public CueEntry statementEntry(String lemma) {
    if (lemma == null) {
      return null;
    }
    String l = lemma.toLowerCase(Locale.ROOT);
    CueEntry best = null;
    for (CueEntry c : cues) {
      if (c.kind() != CueKind.NOUN && c.kind() != CueKind.REPORT) {
        continue;
      }
      String w = c.words().get(0).toLowerCase(Locale.ROOT);
      boolean compound = l.length() >= w.length() + MIN_MODIFIER && l.endsWith(w);
      if (l.equals(w)) {
        return c;
      }
      if (compound && (best == null || w.length() > best.words().get(0).length())) {
        best = c;
      }
    }
    return best;
  }
}
