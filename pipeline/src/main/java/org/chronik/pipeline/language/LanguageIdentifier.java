package org.chronik.pipeline.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import org.chronik.model.Article;

/**
 * The language of an article: the reader's when it knew one, else Lingua's guess among the languages
 * Chronik handles and a few neighbours (so that a French text is not called German). Thread-safe.
 */
public final class LanguageIdentifier {
  /** Enough text for a confident guess; more only costs time. */
  private static final int SAMPLE = 2_000;
  /** ISO 639 code for a text whose language could not be identified. */
  public static final String UNDETERMINED = "und";

  private final LanguageDetector detector;

  private LanguageIdentifier(LanguageDetector detector) {
    this.detector = detector;
  }

  public static LanguageIdentifier create() {
    return new LanguageIdentifier(LanguageDetectorBuilder.fromLanguages(
        Language.GERMAN, Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.DUTCH)
        .build());
  }

  /** ISO 639-1 code of the article: the reader's ({@code de-AT} → {@code de}), else detected in the body. */
  public String languageOf(Article article) {
    String known = article.language();
    if (known != null && !known.isBlank()) {
      return known.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }
    return detect(article.body());
  }

  /** ISO 639-1 code of the most likely language, or {@value #UNDETERMINED} when undecided. */
  public String detect(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    Language language = detector.detectLanguageOf(sample);
    return language == Language.UNKNOWN ? UNDETERMINED : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
