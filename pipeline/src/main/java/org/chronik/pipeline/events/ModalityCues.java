package org.chronik.pipeline.events;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.io.Tsv;

/**
 * Cue words for modality, attribution and "both" anaphora, read from {@code
 * lang/<iso>/events/modality.tsv}. Immutable.
 */
final class ModalityCues {
  enum Kind { INTENT, NEGATED, HYPOTHETICAL, REPORTED_FUTURE, REPORTED, DENIED, PAIR, MUTUAL, RECIPROCAL, PLUPERFECT, PRESENT_INTENT, CONTROL, PLACE, INTENT_CODE, REFRAIN_CODE, REFUSED, REFUSE_CODE, JOINT_CODE, UNTOLD_PURPOSE, PASSIVE_PAST, QUESTION, DEBATE, HELD_CASE, HEARSAY, TALLY, TOPIC, GENERIC, CALLED, FACTIVE }

  enum Where { AUX, GOVERNOR, INFINITIVE, DEPENDENT, ATTRIBUTE, MARK, FORM, CASE, NOUN, SUBJECT, OBLIQUE, CARRIER, CONTRAST, CODE, COUNT, START, WAR, SOFAR }

  private final Map<Kind, Map<Where, Set<String>>> cues = new EnumMap<>(Kind.class);
  private final Map<String, String> intentCodes = new HashMap<>();
  private final Map<String, String> refrainCodes = new HashMap<>();
  private final Map<String, String> refuseCodes = new HashMap<>();

  private String jointCode = "060";

  private ModalityCues() {}

  /** The code of a joint act between coordinated actors ("wollen gemeinsam … vorgehen"). */
  String jointCode() {
    return jointCode;
  }

  static ModalityCues forLanguage(String iso) {
    String resource = "/lang/" + iso + "/events/modality.tsv";
    ModalityCues c = new ModalityCues();
    for (Tsv.Row row : Tsv.resource(ModalityCues.class, resource)) {
      if (row.fields().length < 3) {
        throw row.error("expected kind, cue, where: \"" + String.join("\t", row.fields()) + "\"");
      }
      Kind kind;
      try {
        kind = Kind.valueOf(row.field(0));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown kind \"" + row.fields()[0] + "\"");
      }
      if (kind == Kind.JOINT_CODE) {
        c.jointCode = row.field(1);
        continue;
      }
      if (kind == Kind.INTENT_CODE || kind == Kind.REFRAIN_CODE || kind == Kind.REFUSE_CODE) {
        (kind == Kind.INTENT_CODE ? c.intentCodes : kind == Kind.REFRAIN_CODE ? c.refrainCodes : c.refuseCodes).put(row.field(1), row.field(2));
        continue;
      }
      Where where;
      try {
        where = Where.valueOf(row.field(2).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("unknown place \"" + row.fields()[2] + "\"");
      }
      c.cues.computeIfAbsent(kind, k -> new EnumMap<>(Where.class))
          .computeIfAbsent(where, w -> new HashSet<>())
          .add(row.field(1).toLowerCase(Locale.ROOT));
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
    return CodePrefixes.longest(intentCodes, code);
  }

  /** The 035x code for a promise to refrain from an act of this code (longest prefix), or null. */
  String refrainCode(String code) {
    return CodePrefixes.longest(refrainCodes, code);
  }

  /** The 12x code for refusing to do an act of this code (longest prefix), or null. */
  String refuseCode(String code) {
    return CodePrefixes.longest(refuseCodes, code);
  }

  Map<String, String> intentCodes() {
    return Map.copyOf(intentCodes);
  }
}
