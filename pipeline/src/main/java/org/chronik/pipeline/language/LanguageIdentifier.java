package org.chronik.pipeline.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Layer;
import org.chronik.pipeline.Stage;

/**
 * Sets {@link Layer#LANGUAGE}: the reader's language when it knew one, else Lingua's guess among
 * the languages Chronik handles and a few neighbours (so that a French text is not called German).
 */
public final class LanguageIdentifier implements Stage {
  /** Enough text for a confident guess; more only costs time. */
  private static final int SAMPLE = 2_000;

  private final LanguageDetector detector;

  private LanguageIdentifier(LanguageDetector detector) {
    this.detector = detector;
  }

  public static LanguageIdentifier create() {
    return new LanguageIdentifier(LanguageDetectorBuilder.fromLanguages(
        Language.GERMAN, Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.DUTCH)
        .build());
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layer.LANGUAGE);
  }

  @Override
  public AnnotatedDocument apply(AnnotatedDocument document) {
    String known = document.article().language();
    return document.with(Layer.LANGUAGE, known != null && !known.isBlank() ? known.toLowerCase(Locale.ROOT) : detect(document.article().body()));
  }

  /** ISO 639-1 code of the most likely language, or "und" when undecided. */
  public String detect(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    Language language = detector.detectLanguageOf(sample);
    return language == Language.UNKNOWN ? "und" : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
