package org.chronik.pipeline.quotes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronik.pipeline.attribution.Morphology;
import org.chronik.pipeline.lemma.GermanLexicon;

/**
 * Tells whether a finite verb form is in the reported-speech mood (Konjunktiv I "habe", "sei";
 * Konjunktiv II forms no indicative shares, "hätten", "würde"), from the patterns of {@code
 * mood.tsv} over the readings of the morphology lexicon. Immutable and thread-safe.
 */
final class ReportedMood implements Morphology {
  private final GermanLexicon lexicon;
  private final List<Pattern> subjunctive;
  private final List<Pattern> indicative;
  private final List<String[]> examples;
  /** The tag patterns of the word classes the quote rules ask about. */
  private final Map<TagClass, List<Pattern>> tags;

  private ReportedMood(GermanLexicon lexicon, List<Pattern> subjunctive, List<Pattern> indicative, List<String[]> examples,
      Map<TagClass, List<Pattern>> tags) {
    this.lexicon = lexicon;
    this.tags = Map.copyOf(tags);
    this.subjunctive = List.copyOf(subjunctive);
    this.indicative = List.copyOf(indicative);
    this.examples = List.copyOf(examples);
  }

  /** Builds the mood test from {@code mood.tsv} rows (kind, pattern or word, expect). */
  static ReportedMood of(GermanLexicon lexicon, List<String[]> rows) {
    List<Pattern> subjunctive = new ArrayList<>();
    List<Pattern> indicative = new ArrayList<>();
    List<String[]> examples = new ArrayList<>();
    Map<TagClass, List<Pattern>> tags = new EnumMap<>(TagClass.class);
    for (String[] row : rows) {
      TagClass tagClass = TagClass.ofKind(row[0]);
      if (tagClass != null) {
        tags.computeIfAbsent(tagClass, c -> new ArrayList<>()).add(Pattern.compile(row[1]));
        continue;
      }
      switch (row[0]) {
        case "subjunctive" -> subjunctive.add(Pattern.compile(row[1]));
        case "indicative" -> indicative.add(Pattern.compile(row[1]));
        case "example" -> examples.add(new String[] {row[1], row[2]});
        default -> throw new IllegalArgumentException("mood.tsv: unknown kind \"" + row[0] + "\"");
      }
    }
    return new ReportedMood(lexicon, subjunctive, indicative, examples, tags);
  }

  /** Verb lemmas the lexicon gives for a word form ("gedrängt" → "drängen"), for participles tagged as adjectives. */
  @Override
  public List<String> verbLemmas(String word) {
    return lexicon.readings(word.toLowerCase(Locale.GERMAN)).stream()
        .filter(GermanLexicon.Reading::isVerb)
        .map(GermanLexicon.Reading::lemma)
        .distinct()
        .toList();
  }

  /** Known to the lexicon (as written or lowercased), and never as a noun, name, pronoun or article. */
  @Override
  public boolean neverNames(String word) {
    List<GermanLexicon.Reading> readings = new ArrayList<>(lexicon.readings(word));
    readings.addAll(lexicon.readings(word.toLowerCase(Locale.GERMAN)));
    return !readings.isEmpty() && readings.stream().noneMatch(r -> r.isNoun() || r.tag().startsWith("PRO") || r.tag().startsWith("ART"));
  }

  @Override
  public boolean refersToStatement(String word) {
    List<String> pronouns = lexicon.tags(word.toLowerCase(Locale.GERMAN)).stream().filter(t -> t.startsWith("PRO:")).toList();
    return pronouns.stream().anyMatch(t -> t.startsWith("PRO:DEM")) && pronouns.stream().allMatch(t -> t.contains(":SIN:NEU"));
  }

  @Override
  public boolean isDemonstrative(String word) {
    return lexicon.tags(word.toLowerCase(Locale.GERMAN)).stream().anyMatch(t -> hasTag(TagClass.DEMONSTRATIVE, t));
  }

  @Override
  public boolean isPossessive(String word) {
    return lexicon.tags(word.toLowerCase(Locale.GERMAN)).stream().anyMatch(t -> t.startsWith("PRO:POS"));
  }

  @Override
  public boolean canBeNominative(String determiner, String noun) {
    Set<String> article = new HashSet<>();
    for (String tag : lexicon.tags(determiner.toLowerCase(Locale.GERMAN))) {
      String[] f = tag.split(":");
      if (f.length >= 5 && (f[0].equals("ART") || f[0].equals("PRO"))) {
        article.add(f[2] + ":" + f[3] + ":" + f[4]);
      }
    }
    boolean agree = false;
    boolean nominative = false;
    for (String tag : lexicon.tags(noun)) {
      String[] f = tag.split(":");
      if (f.length < 4 || !f[0].equals("SUB")) {
        continue;
      }
      for (String a : article) {
        String[] g = a.split(":");
        if (g[0].equals(f[1]) && g[1].equals(f[2]) && (g[2].equals(f[3]) || f[3].equals("NOG"))) {
          agree = true;
          nominative |= f[1].equals("NOM");
        }
      }
    }
    return !agree || nominative;
  }

  /** True when one of the class's patterns matches the whole tag. */
  boolean hasTag(TagClass tagClass, String tag) {
    return tags.getOrDefault(tagClass, List.of()).stream().anyMatch(p -> p.matcher(tag).matches());
  }

  /** Word and expectation ("reported" or "not") of each example row. */
  List<String[]> examples() {
    return examples;
  }

  boolean isReported(String word) {
    Set<String> reported = new HashSet<>();
    Set<String> plain = new HashSet<>();
    for (String tag : lexicon.tags(word.toLowerCase(Locale.GERMAN))) {
      collect(subjunctive, tag, reported);
      collect(indicative, tag, plain);
    }
    reported.removeAll(plain);
    return !reported.isEmpty();
  }

  private static void collect(List<Pattern> patterns, String tag, Set<String> numbers) {
    for (Pattern p : patterns) {
      Matcher m = p.matcher(tag);
      if (m.matches()) {
        numbers.add(m.group("number"));
      }
    }
  }
}
