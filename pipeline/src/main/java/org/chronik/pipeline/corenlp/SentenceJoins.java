package org.chronik.pipeline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.chronik.model.Sentence;
import org.chronik.model.Token;

/**
 * Mends one kind of wrong sentence break of CoreNLP's splitter: a full stop glued to the word before
 * it ("24.", "XVI.", "Anm.") taken as the end of a sentence although the text goes on in lower case
 * ("das Treffen am 14. | und 15. Oktober", "Papst Benedikt XVI. | will am Montag …",
 * "in der 46. | ) Minute"). A sentence of a written language that capitalises its sentences never
 * starts with a lower-case letter, so the break is wrong; the two pieces are one sentence, and the
 * stop belongs to the word it is glued to (an ordinal, a regnal number, an abbreviation), so it is
 * fused into that word before the tagger reads the sentence.
 *
 * <p>A second break it mends is language-specific: a number with a glued stop right after a word that
 * only an ordinal can follow there — in German an article or a possessive, "des 1. | Bataillons",
 * "im 2. | Weltkrieg", "zum 5. | Gipfeltreffen" — is an ordinal even when the next word is capitalised
 * (a noun). The words are data ({@code lang/de/parse/ordinal-before.txt}); a number after anything else
 * ("sein Rivale 48. | Die Wahlbeteiligung …") still ends its sentence.
 *
 * <p>Runs between the splitter and the tagger, on CoreNLP's own annotation; {@link #needed} tells the
 * parse cache that an entry written before this repair holds such a break and must be made anew.
 */
final class SentenceJoins {
  /** The German joins, with the words of {@code lang/de/parse/ordinal-before.txt}. */
  static final SentenceJoins GERMAN = new SentenceJoins(words("/lang/de/parse/ordinal-before.txt"));

  private final Set<String> ordinalBefore;

  /** @param ordinalBefore lower-case words after which a number with a glued stop is an ordinal */
  SentenceJoins(Set<String> ordinalBefore) {
    this.ordinalBefore = Set.copyOf(ordinalBefore);
  }

  /**
   * The index in {@code first} of the full stop that wrongly ends it before {@code next}, or -1: a
   * {@code .} glued to the word before it, followed only by closing brackets, with {@code next}
   * starting with a lower-case letter, or with the glued word a number of one to three digits right
   * after an ordinal-before word.
   */
  <T> int wrongStop(List<T> first, List<T> next, Function<T, String> word, ToIntFunction<T> begin, ToIntFunction<T> end) {
    if (next.isEmpty()) {
      return -1;
    }
    int stop = glued(first, word, begin, end);
    if (stop < 0) {
      return -1;
    }
    return startsLowerCase(word.apply(next.get(0))) || isOrdinal(first, stop - 1, word) ? stop : -1;
  }

  /** The index of a full stop glued to a word or digit before it that ends {@code first}, or -1. */
  private static <T> int glued(List<T> first, Function<T, String> word, ToIntFunction<T> begin, ToIntFunction<T> end) {
    int stop = first.size() - 1;
    while (stop >= 0 && isClosingBracket(word.apply(first.get(stop)))) {
      stop--;
    }
    if (stop < 1 || !word.apply(first.get(stop)).equals(".")) {
      return -1;
    }
    T before = first.get(stop - 1);
    boolean glued = end.applyAsInt(before) == begin.applyAsInt(first.get(stop));
    return glued && Character.isLetterOrDigit(word.apply(before).codePointBefore(word.apply(before).length())) ? stop : -1;
  }

  private <T> boolean isOrdinal(List<T> first, int number, Function<T, String> word) {
    String n = word.apply(first.get(number));
    return number >= 1 && n.length() <= 3 && n.chars().allMatch(c -> c >= '0' && c <= '9')
        && ordinalBefore.contains(word.apply(first.get(number - 1)).toLowerCase(Locale.ROOT));
  }

  private static Set<String> words(String resource) {
    try (InputStream in = SentenceJoins.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " not on the classpath");
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }

  private static boolean startsLowerCase(String w) {
    return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
  }

  private static boolean isClosingBracket(String w) {
    return w.equals(")") || w.equals("]") || w.equals("-RRB-") || w.equals("-RSB-");
  }

  /** Whether sentences (as the parse cache keeps them) still hold a break this repair mends. */
  boolean needed(List<Sentence> sentences) {
    for (int i = 0; i + 1 < sentences.size(); i++) {
      if (wrongStop(sentences.get(i).tokens(), sentences.get(i + 1).tokens(), Token::text, Token::begin, Token::end) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Joins the wrongly broken sentences of a split (not yet tagged) annotation, in place. */
  void repair(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.size() < 2) {
      return;
    }
    List<CoreMap> joined = new ArrayList<>(sentences.size());
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      CoreMap previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      int stop = previous == null ? -1 : wrongStop(tokens(previous), tokens(sentence), CoreLabel::word,
          CoreLabel::beginPosition, CoreLabel::endPosition);
      if (stop < 0) {
        joined.add(sentence);
        continue;
      }
      changed = true;
      List<CoreLabel> merged = new ArrayList<>(tokens(previous));
      fuse(merged.get(stop - 1), merged.remove(stop));
      merged.addAll(tokens(sentence));
      previous.set(CoreAnnotations.TokensAnnotation.class, merged);
      previous.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }
    if (changed) {
      renumber(annotation, joined);
    }
  }

  private static List<CoreLabel> tokens(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
  }

  /** The stop becomes the last character of the word it is glued to. */
  private static void fuse(CoreLabel word, CoreLabel stop) {
    String text = word.word() + ".";
    word.setWord(text);
    word.setValue(text);
    word.setOriginalText(word.originalText() + stop.originalText());
    word.setEndPosition(stop.endPosition());
    if (stop.containsKey(CoreAnnotations.AfterAnnotation.class)) {
      word.set(CoreAnnotations.AfterAnnotation.class, stop.get(CoreAnnotations.AfterAnnotation.class));
    }
  }

  /** Sentence and token numbers, texts and the document's token list after joins. */
  private static void renumber(Annotation annotation, List<CoreMap> sentences) {
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreLabel> all = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> tokens = tokens(sentence);
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel t = tokens.get(i);
        t.setIndex(i + 1);
        t.setSentIndex(s);
        all.add(t);
      }
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
  }
}
