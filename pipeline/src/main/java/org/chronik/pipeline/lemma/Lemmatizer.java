package org.chronik.pipeline.lemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronik.model.Layer;
import org.chronik.model.Sentence;
import org.chronik.model.Token;
import org.chronik.pipeline.SentenceStage;

/**
 * German lemmas from the lexicon, with the head's lemma for unknown compounds (Ölkonzerne →
 * Ölkonzern) and separable verb particles joined onto the verb (sichert … zu → zusichern). The verb
 * token keeps its surface text; only its lemma changes.
 */
public final class Lemmatizer implements SentenceStage {
  /** Shortest head a compound is split into: shorter tails ("er", "ung") are suffixes, not words. */
  private static final int MIN_HEAD = 4;

  private final GermanLexicon lexicon;
  private final LemmaPreferences preferences;

  public Lemmatizer(GermanLexicon lexicon, LemmaPreferences preferences) {
    this.lexicon = lexicon;
    this.preferences = preferences;
  }

  public static Lemmatizer german() {
    return new Lemmatizer(GermanLexicon.load(), LemmaPreferences.forLanguage("de"));
  }

  @Override
  public Layer<List<Sentence>> input() {
    return Layer.PARSE;
  }

  @Override
  public Sentence rewrite(Sentence sentence) {
    return lemmatize(sentence);
  }

  Sentence lemmatize(Sentence sentence) {
    List<Token> tokens = new ArrayList<>(sentence.size());
    for (Token token : sentence.tokens()) {
      GermanLexicon.Reading reading = token.text().chars().anyMatch(Character::isLetter) ? reading(token.text(), token.upos()) : null;
      String xpos = reading == null ? token.xpos() : reading.tag();
      tokens.add(token.withLemma(lemma(token.text(), token.upos()), xpos));
    }
    // join separable particles: compound:prt(verb, particle) → particle + verb lemma; only a verb
    // has them ("dem" hung on "nach" would make the adverb "demnach" of two words)
    for (Token token : sentence.tokens()) {
      if ("compound:prt".equals(token.deprel()) && token.head() >= 0 && token.head() < tokens.size()
          && isVerb(tokens.get(token.head()).upos())) {
        Token verb = tokens.get(token.head());
        String particle = token.text().toLowerCase(Locale.GERMAN);
        if (!verb.lemma().startsWith(particle)) {
          tokens.set(verb.index(), verb.withLemma(particle + verb.lemma(), verb.xpos()));
        }
      }
    }
    return sentence.withTokens(tokens);
  }

  private static boolean isVerb(String upos) {
    return "VERB".equals(upos) || "AUX".equals(upos);
  }

  /** The lemma of one word given its UPOS tag. */
  public String lemma(String word, String upos) {
    if (!word.chars().anyMatch(Character::isLetter)) {
      return word; // punctuation, numbers
    }
    if ("PRON".equals(upos)) {
      return word.toLowerCase(Locale.GERMAN);
    }
    String found = lookup(word, upos);
    if (found == null && Character.isUpperCase(word.charAt(0)) && !"PROPN".equals(upos) && !"NOUN".equals(upos)) {
      found = lookup(word.toLowerCase(Locale.GERMAN), upos); // sentence-initial capital
    }
    if (found == null && ("NOUN".equals(upos) || "PROPN".equals(upos))) {
      found = compoundLemma(word, upos);
    }
    if (found != null) {
      return found;
    }
    return "NOUN".equals(upos) || "PROPN".equals(upos) ? word : word.toLowerCase(Locale.GERMAN);
  }

  private String lookup(String word, String upos) {
    GermanLexicon.Reading reading = reading(word, upos);
    return reading == null ? null : reading.lemma();
  }

  /** The best reading of a word for its UPOS tag, or null when the lexicon does not know the word. */
  GermanLexicon.Reading reading(String word, String upos) {
    List<GermanLexicon.Reading> readings = preferences.filter(lexicon.readings(word));
    if (readings.isEmpty()) {
      return null;
    }
    if ("PROPN".equals(upos)) {
      // names keep their form unless the lexicon knows them as names (Chinas → China)
      return best(readings, "EIG");
    }
    GermanLexicon.Reading match = best(readings, tagPrefix(upos));
    if (match == null && "NOUN".equals(upos)) {
      match = best(readings, "SUB");
    }
    return match != null ? match : best(readings, "");
  }

  /**
   * The first reading with the tag prefix, preferring the plain reading: a noun over a nominalized
   * infinitive (Fragen → Frage), an indicative over a subjunctive or imperative.
   */
  private static GermanLexicon.Reading best(List<GermanLexicon.Reading> readings, String prefix) {
    if (prefix == null) {
      return null;
    }
    GermanLexicon.Reading fallback = null;
    for (GermanLexicon.Reading reading : readings) {
      if (!reading.tag().startsWith(prefix)) {
        continue;
      }
      String tag = reading.tag();
      if (tag.contains(":INF") || tag.contains(":KJ2") || tag.contains(":IMP")) {
        fallback = fallback == null ? reading : fallback;
      } else {
        return reading;
      }
    }
    return fallback;
  }

  /** Ölkonzerne → Öl + Konzerne → Öl + Konzern: the longest known noun that ends the word. */
  private String compoundLemma(String word, String upos) {
    for (int split = 1; split <= word.length() - MIN_HEAD; split++) {
      String tail = word.substring(split);
      if (tail.startsWith("-")) {
        continue;
      }
      String head = Character.toUpperCase(tail.charAt(0)) + tail.substring(1);
      String lemma = lookupNoun(head);
      if (lemma != null) {
        String modifier = word.substring(0, split);
        return modifier + (modifier.endsWith("-") ? lemma : lemma.toLowerCase(Locale.GERMAN));
      }
    }
    return null;
  }

  private String lookupNoun(String word) {
    GermanLexicon.Reading reading = best(preferences.filter(lexicon.readings(word)), "SUB");
    return reading == null ? null : reading.lemma();
  }

  private static String tagPrefix(String upos) {
    if (upos == null) {
      return null;
    }
    return switch (upos) {
      case "NOUN" -> "SUB";
      case "PROPN" -> "EIG";
      case "VERB", "AUX" -> "VER";
      case "ADJ" -> "ADJ";
      case "ADV" -> "ADV";
      case "DET" -> "ART";
      case "PRON" -> "PRO";
      case "ADP" -> "PRP";
      case "CCONJ", "SCONJ" -> "KON";
      default -> null;
    };
  }
}
