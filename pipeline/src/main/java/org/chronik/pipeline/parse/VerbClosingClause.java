package org.chronik.pipeline.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A past-tense form that is also an inflected participle ("beteiligten", "erklärten") closing a
 * subordinate or relative clause that has no other verb: the clause's finite verb in last place
 * ("…, als die Behörden am Abend den Notstand erklärten.", "…, an denen sich Hunderte beteiligten."),
 * for an attribute stands before its noun, never before a comma or the sentence's end. Told from the
 * words of {@code lang/<iso>/parse/verbs.tsv}: the clause (from the last {@code PUNCT} before the
 * form) opens with a word tagged {@code SUBORDINATOR} ("dass", "als") or a {@code RELATIVE} pronoun
 * tagged {@code RELATIVE_TAG}, alone or after a word tagged {@code RELATIVE_AFTER} ("an denen"); the
 * form stands right before a {@code PUNCT} (or the end) that no {@code COORDINATED_ATTRIBUTE} follows
 * ("des 2012 veröffentlichten, autobiografischen Bandes"), and no word of the clause is {@code
 * VERBAL}. Immutable and thread-safe.
 */
final class VerbClosingClause {
  private final Set<String> subordinators;
  private final Set<String> relatives;
  private final Set<String> relativeTags;
  private final Set<String> relativeAfter;
  private final Set<String> attributes;
  private final Set<String> verbal;
  private final Set<String> punct;

  private VerbClosingClause(Map<String, List<String>> words) {
    this.subordinators = Set.copyOf(words.get("SUBORDINATOR"));
    this.relatives = Set.copyOf(words.get("RELATIVE"));
    this.relativeTags = Set.copyOf(words.get("RELATIVE_TAG"));
    this.relativeAfter = Set.copyOf(words.get("RELATIVE_AFTER"));
    this.attributes = Set.copyOf(words.get("COORDINATED_ATTRIBUTE"));
    this.verbal = Set.copyOf(words.get("VERBAL"));
    this.punct = Set.copyOf(words.get("PUNCT"));
  }

  /** From the words of {@code path} as {@link MistaggedVerbs} read them (kind → values), read once per language. */
  static VerbClosingClause of(String path, Map<String, List<String>> words) {
    for (String kind : List.of("SUBORDINATOR", "RELATIVE", "RELATIVE_TAG", "RELATIVE_AFTER", "COORDINATED_ATTRIBUTE", "VERBAL", "PUNCT")) {
      if (!words.containsKey(kind)) {
        throw new IllegalStateException(path + " has no " + kind + " row");
      }
    }
    return new VerbClosingClause(words);
  }

  /** True when token {@code i} (texts and UPOS tags of one sentence) closes a verbless subordinate or relative clause. */
  boolean at(List<String> texts, List<String> tags, int i) {
    int after = i + 1;
    if (after < tags.size() && !(punct.contains(tags.get(after)) && (after + 1 == tags.size() || !attributes.contains(tags.get(after + 1))))) {
      return false;
    }
    int start = i;
    while (start > 0 && !punct.contains(tags.get(start - 1))) {
      start--;
    }
    if (start >= i - 1) {
      return false;
    }
    for (int t = start; t < i; t++) {
      if (verbal.contains(tags.get(t))) {
        return false;
      }
    }
    return subordinators.contains(tags.get(start)) || relative(texts, tags, start)
        || relativeAfter.contains(tags.get(start)) && relative(texts, tags, start + 1);
  }

  private boolean relative(List<String> texts, List<String> tags, int t) {
    return relativeTags.contains(tags.get(t)) && relatives.contains(texts.get(t).toLowerCase(Locale.ROOT));
  }
}
