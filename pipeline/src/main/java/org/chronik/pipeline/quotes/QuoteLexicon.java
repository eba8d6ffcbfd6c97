package org.chronik.pipeline.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronik.model.io.Tsv;
import org.chronik.pipeline.attribution.Morphology;
import org.chronik.pipeline.lemma.GermanLexicon;

/** The quotation knowledge of one language: mark pairs, quote words, mood and complement shapes; loaded once, immutable. */
public final class QuoteLexicon {
  private final String language;
  private final List<MarkPair> marks;
  private final List<QuoteWord> words;
  private final Set<String> names;
  private final ReportedMood mood;
  private final ComplementShapes complements;

  private QuoteLexicon(String language, List<MarkPair> marks, List<QuoteWord> words, ReportedMood mood, ComplementShapes complements) {
    this.complements = complements;
    this.language = language;
    this.mood = mood;
    this.marks = List.copyOf(marks);
    this.words = List.copyOf(words);
    this.names = words.stream().filter(w -> w.kind() == QuoteWord.Kind.NAME).map(w -> w.words().get(0)).collect(Collectors.toUnmodifiableSet());
  }

  /** As {@link #forLanguage(String, GermanLexicon)} with a lexicon loaded for it (tests and tools; the pipeline passes its one). */
  public static QuoteLexicon forLanguage(String iso) {
    return forLanguage(iso, GermanLexicon.load());
  }

  /**
   * Loads {@code lang/<iso>/quotes/}: marks.tsv, words.tsv and the optional mood.tsv and complements.tsv; {@code morphology}
   * (the language's one lexicon, shared with the other stages) reads the mood of {@code mood.tsv}.
   */
  public static QuoteLexicon forLanguage(String iso, GermanLexicon morphology) {
    String folder = "/lang/" + iso + "/quotes/";
    List<MarkPair> marks = new ArrayList<>();
    for (String[] row : Tsv.fields(folder + "marks.tsv", 3)) {
      if (row[0].length() != 1 || row[1].length() != 1) {
        throw new IllegalArgumentException(folder + "marks.tsv: a mark must be one character: " + String.join("\t", row));
      }
      marks.add(new MarkPair(row[0].charAt(0), row[1].charAt(0), row[2]));
    }
    List<QuoteWord> words = new ArrayList<>();
    for (String[] row : Tsv.fields(folder + "words.tsv", 5)) {
      QuoteWord.Kind kind;
      try {
        kind = QuoteWord.Kind.valueOf(row[0].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(folder + "words.tsv: unknown kind \"" + row[0] + "\" in: " + String.join("\t", row));
      }
      words.add(new QuoteWord(kind, Arrays.asList(row[1].split(" ")), row[3], row[4], String.join("\t", row)));
    }
    // mood.tsv is optional: languages without a reported-speech mood have none
    ReportedMood mood = Tsv.exists(folder + "mood.tsv") ? ReportedMood.of(morphology, Tsv.fields(folder + "mood.tsv", 3)) : null;
    // complements.tsv is optional too: without it every bare complement of a speech verb counts as speech
    ComplementShapes complements = Tsv.exists(folder + "complements.tsv")
        ? ComplementShapes.of(folder + "complements.tsv", Tsv.fields(folder + "complements.tsv", 3))
        : null;
    return new QuoteLexicon(iso, marks, words, mood, complements);
  }

  public String language() {
    return language;
  }

  public List<MarkPair> marks() {
    return marks;
  }

  public List<QuoteWord> words() {
    return words;
  }

  public List<QuoteWord> words(QuoteWord.Kind kind) {
    return words.stream().filter(w -> w.kind() == kind).toList();
  }

  /** True when the finite verb form is in the reported-speech mood; false for languages without one. */
  public boolean isReportedMood(String word) {
    return mood != null && mood.isReported(word);
  }

  /** The morphology lexicon behind the mood test, for the attribution rules; none for languages without one. */
  public Morphology morphology() {
    return mood == null ? Morphology.NONE : mood;
  }

  /** True when the tag (the tagger's or the lexicon's) is one of the class's, by the rows of mood.tsv; false for languages without them. */
  boolean hasTag(TagClass tagClass, String tag) {
    return tag != null && mood != null && mood.hasTag(tagClass, tag);
  }

  public boolean isInfinitiveMarker(String word) {
    return words.stream().anyMatch(w -> w.kind() == QuoteWord.Kind.INFINITIVE && w.words().get(0).equalsIgnoreCase(word));
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
    return words.stream().anyMatch(w -> w.kind() == QuoteWord.Kind.PRONOUN && w.words().get(0).equals(lemma));
  }

  public boolean isNameNoun(String lemma) {
    return names.contains(lemma);
  }
}
