package org.chronik.pipeline.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.chronik.pipeline.lemma.GermanLexicon;

/** The quotation knowledge of one language: mark pairs and cues, loaded once, immutable. */
public final class QuoteLexicon {
  private final String language;
  private final List<MarkPair> marks;
  private final List<CueEntry> cues;
  private final Map<String, CueEntry> verbs;
  private final Map<String, CueEntry> nouns;
  private final Map<String, CueEntry> clauses;
  private final Map<String, CueEntry> anaphors;
  private final Map<String, CueEntry> names;
  private final ReportedMood mood;
  private final ComplementShapes complements;

  private QuoteLexicon(String language, List<MarkPair> marks, List<CueEntry> cues, ReportedMood mood, ComplementShapes complements) {
    this.complements = complements;
    this.language = language;
    this.mood = mood;
    this.marks = List.copyOf(marks);
    this.cues = List.copyOf(cues);
    this.verbs = index(cues, CueKind.VERB);
    this.nouns = index(cues, CueKind.NOUN);
    this.clauses = index(cues, CueKind.CLAUSE);
    this.anaphors = index(cues, CueKind.ANAPHOR);
    this.names = index(cues, CueKind.NAME);
  }

  /** As {@link #forLanguage(String, GermanLexicon)} with a lexicon loaded for it (tests and tools; the pipeline passes its one). */
  public static QuoteLexicon forLanguage(String iso) {
    return forLanguage(iso, GermanLexicon.load());
  }

  /**
   * Loads {@code lang/<iso>/quotes/marks.tsv} and {@code cues.tsv} from the class path; {@code morphology}
   * (the language's one lexicon, shared with the other stages) reads the mood of {@code mood.tsv}.
   */
  public static QuoteLexicon forLanguage(String iso, GermanLexicon morphology) {
    String folder = "/lang/" + iso + "/quotes/";
    List<MarkPair> marks = new ArrayList<>();
    for (String[] row : rows(folder + "marks.tsv", 3)) {
      if (row[0].length() != 1 || row[1].length() != 1) {
        throw new IllegalArgumentException(folder + "marks.tsv: a mark must be one character: " + String.join("\t", row));
      }
      marks.add(new MarkPair(row[0].charAt(0), row[1].charAt(0), row[2]));
    }
    List<CueEntry> cues = new ArrayList<>();
    for (String[] row : rows(folder + "cues.tsv", 5)) {
      CueKind kind;
      try {
        kind = CueKind.valueOf(row[0].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(folder + "cues.tsv: unknown kind \"" + row[0] + "\" in: " + String.join("\t", row));
      }
      cues.add(new CueEntry(kind, Arrays.asList(row[1].split(" ")), roles(row[2]), row[3], row[4], String.join("\t", row)));
    }
    // mood.tsv is optional: languages without a reported-speech mood have none
    ReportedMood mood = QuoteLexicon.class.getResource(folder + "mood.tsv") == null
        ? null
        : ReportedMood.of(morphology, rows(folder + "mood.tsv", 3));
    // complements.tsv is optional too: without it every bare complement of a speech verb counts as speech
    ComplementShapes complements = QuoteLexicon.class.getResource(folder + "complements.tsv") == null
        ? null
        : ComplementShapes.of(folder + "complements.tsv", rows(folder + "complements.tsv", 3));
    return new QuoteLexicon(iso, marks, cues, mood, complements);
  }

  private static Map<String, String> roles(String field) {
    Map<String, String> roles = new LinkedHashMap<>();
    if (!field.equals("-")) {
      for (String part : field.split(" ")) {
        int eq = part.indexOf('=');
        if (eq < 1) {
          throw new IllegalArgumentException("cues.tsv: bad role \"" + part + "\" (expected key=value)");
        }
        roles.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return roles;
  }

  private static List<String[]> rows(String resource, int columns) {
    InputStream in = QuoteLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no quotation knowledge at " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != columns) {
          throw new IllegalArgumentException(resource + " line " + number + ": expected " + columns + " tab-separated columns, found " + row.length);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }

  private static Map<String, CueEntry> index(List<CueEntry> cues, CueKind kind) {
    return cues.stream()
        .filter(c -> c.kind() == kind)
        .collect(Collectors.toUnmodifiableMap(c -> c.words().get(0), c -> c, (a, b) -> a));
  }

  public String language() {
    return language;
  }

  public List<MarkPair> marks() {
    return marks;
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

  /** True when the finite verb form is in the reported-speech mood; false for languages without one. */
  public boolean isReportedMood(String word) {
    return mood != null && mood.isReported(word);
  }

  /** Verb lemmas of a word form by the morphology lexicon; empty for languages without one. */
  public List<String> verbLemmas(String word) {
    return mood == null ? List.of() : mood.verbLemmas(word);
  }

  /** A finite verb tag: STTS (VVFIN) or, with a lexicon, its tag patterns. */
  public boolean isFiniteTag(String tag) {
    return tag != null && (tag.endsWith("FIN") || mood != null && mood.isFiniteTag(tag));
  }

  public boolean isIndefiniteTag(String tag) {
    return tag != null && mood != null && mood.isIndefiniteTag(tag);
  }

  public boolean isInfinitiveMarker(String word) {
    return cues.stream().anyMatch(c -> c.kind() == CueKind.INFINITIVE && c.words().get(0).equalsIgnoreCase(word));
  }

  ReportedMood mood() {
    return mood;
  }

  /** The word shapes of complements.tsv, or null for a language without them. */
  ComplementShapes complements() {
    return complements;
  }

  /** A personal pronoun that, as subject of a clause in reported mood, names the speaker ("Er habe „…“"). */
  public boolean isSpeakerPronoun(String lemma) {
    return cues.stream().anyMatch(c -> c.kind() == CueKind.PRONOUN && c.words().get(0).equals(lemma));
  }

  public boolean isNameNoun(String lemma) {
    return names.containsKey(lemma);
  }
}
