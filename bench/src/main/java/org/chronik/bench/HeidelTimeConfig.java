package org.chronik.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * HeidelTime reads its settings from a config.props file. We generate one at run time in a temporary
 * folder: all four expression types on, no external POS tagger (POSTagger.NO needs no TreeTagger), the
 * UIMA type system from the HeidelTime jar.
 */
final class HeidelTimeConfig {
  private static final String PROPS = String.join("\n",
      "considerDate = true",
      "considerDuration = true",
      "considerSet = true",
      "considerTime = true",
      "considerTemponym = false",
      "treeTaggerHome = /nonexistent",
      "typeSystemHome = desc/type/HeidelTime_TypeSystem.xml",
      "typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml",
      "uimaVarDate = Date",
      "uimaVarDuration = Duration",
      "uimaVarLanguage = Language",
      "uimaVarSet = Set",
      "uimaVarTime = Time",
      "uimaVarTemponym = Temponym",
      "uimaVarTypeToProcess = Type",
      "ConvertDurations = true",
      "");

  private HeidelTimeConfig() {}

  /** Writes config.props into a fresh temporary folder (deleted when the JVM exits) and returns its path. */
  static String write() {
    try {
      Path dir = Files.createTempDirectory("heideltime");
      Path file = dir.resolve("config.props");
      Files.writeString(file, PROPS, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write HeidelTime's config.props: " + e.getMessage(), e);
    }
  }
}
