package org.chronik.pipeline.attribution;

import java.util.List;
import java.util.Map;

/**
 * One line of {@code cues.tsv}.
 *
 * @param words the pattern: lemmas, in order
 * @param roles {@code speaker=subj}, {@code source=subj}, {@code if=subj:es}, {@code event=report} and the like
 * @param example a sentence the entry must handle, run by a test
 * @param expect what the example must yield (see the README)
 * @param line where the entry stands, for messages
 */
public record CueEntry(CueKind kind, List<String> words, Map<String, String> roles, String example, String expect, String line) {
  public CueEntry {
    words = List.copyOf(words);
    roles = Map.copyOf(roles);
  }

  public String role(String key) {
    return roles.get(key);
  }

  public String pattern() {
    return String.join(" ", words);
  }

  /** False for verbs that frame reported clauses only, never words in quotation marks ("beschloss eine „Partnerschaft“"): {@code frames=clause}. */
  public boolean framesQuotations() {
    return !"clause".equals(roles.get("frames"));
  }

  /** A verb that gives something a name ("nennen", "bezeichnen als"): {@code names=yes}. */
  public boolean names() {
    return "yes".equals(roles.get("names"));
  }

  /** True for the cues the event coder takes as naming who reports an event. */
  public boolean reportsEvents() {
    return "report".equals(roles.get("event"));
  }
}
