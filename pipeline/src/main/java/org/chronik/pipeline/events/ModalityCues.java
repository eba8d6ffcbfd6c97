package org.chronik.pipeline.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cue words for modality, attribution and "both" anaphora, read from {@code
 * lang/<iso>/events/modality.tsv}. Immutable.
 */
final class ModalityCues {
  enum Kind { INTENT, NEGATED, HYPOTHETICAL, DENIED, PAIR, MUTUAL, RECIPROCAL, PLUPERFECT, PRESENT_INTENT, CONTROL, PLACE, INTENT_CODE, JOINT_CODE }

  enum Where { AUX, GOVERNOR, DEPENDENT, MARK, FORM, CASE, NOUN }

  private final Map<Kind, Map<Where, Set<String>>> cues = new EnumMap<>(Kind.class);
  private final Map<String, String> intentCodes = new HashMap<>();

  private String jointCode = "060";

  private ModalityCues() {}

  /** The code of a joint act between coordinated actors ("wollen gemeinsam … vorgehen"). */
  String jointCode() {
    return jointCode;
  }

  static ModalityCues forLanguage(String iso) {
    String resource = "/lang/" + iso + "/events/modality.tsv";
    try (InputStream in = ModalityCues.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("modality cues missing: " + resource);
      }
      return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static ModalityCues parse(String name, BufferedReader reader) throws IOException {
    ModalityCues c = new ModalityCues();
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 3) {
        throw new IllegalArgumentException(name + " line " + lineNo + ": expected kind, cue, where: \"" + line + "\"");
      }
      Kind kind;
      try {
        kind = Kind.valueOf(f[0].strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + " line " + lineNo + ": unknown kind \"" + f[0] + "\"");
      }
      if (kind == Kind.JOINT_CODE) {
        c.jointCode = f[1].strip();
        continue;
      }
      if (kind == Kind.INTENT_CODE) {
        c.intentCodes.put(f[1].strip(), f[2].strip());
        continue;
      }
      Where where;
      try {
        where = Where.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + " line " + lineNo + ": unknown place \"" + f[2] + "\"");
      }
      c.cues.computeIfAbsent(kind, k -> new EnumMap<>(Where.class))
          .computeIfAbsent(where, w -> new HashSet<>())
          .add(f[1].strip().toLowerCase(Locale.ROOT));
    }
    return c;
  }

  boolean is(Kind kind, Where where, String word) {
    return word != null && cues.getOrDefault(kind, Map.of()).getOrDefault(where, Set.of()).contains(word);
  }

  Set<String> all(Kind kind, Where where) {
    return Set.copyOf(cues.getOrDefault(kind, Map.of()).getOrDefault(where, Set.of()));
  }

  /** The 03x code for a cooperative code stated as intent (longest prefix), or null. */
  String intentCode(String code) {
    for (int len = code.length(); len >= 2; len--) {
      String mapped = intentCodes.get(code.substring(0, len));
      if (mapped != null) {
        return mapped;
      }
    }
    return null;
  }

  Map<String, String> intentCodes() {
    return Map.copyOf(intentCodes);
  }
}
