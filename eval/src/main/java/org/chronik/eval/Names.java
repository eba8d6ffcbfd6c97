package org.chronik.eval;

import java.text.Normalizer;
import java.util.Locale;

/** Folds canonical names for comparison: case, accents and hyphens do not count. */
public final class Names {
  private Names() {}

  public static String fold(String name) {
    if (name == null) {
      return "";
    }
    String noAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    // every kind of dash joins words like a space does ("Nato-Osterweiterung", "Jean‐Claude")
    String noHyphens = noAccents.replaceAll("[\\p{Pd}\\u00AD]", " ");
    return Snippets.fold(noHyphens.toLowerCase(Locale.ROOT)).strip();
  }

  public static boolean same(String a, String b) {
    return a != null && b != null && fold(a).equals(fold(b));
  }
}
