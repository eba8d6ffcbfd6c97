package org.chronik.eval.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns per-token tags into entity spans. Gold tags are GermEval BIO; their {@code -deriv} and
 * {@code -part} variants ("deutsche", "EU-weit") are not names of the type and count as O, and OTH
 * is not scored. Predicted tags may be plain types ("PER") or BIO ("B-PER"); the tagger's label
 * names are mapped to PER/LOC/ORG by {@code labels.tsv}, anything else is O.
 */
public final class NerTags {
  /** The types scored in the project's conventions. */
  public static final List<String> TYPES = List.of("PER", "LOC", "ORG");
  /** The types scored in GermEval's conventions: the -deriv and -part variants are types of their own. */
  public static final List<String> GERMEVAL_TYPES =
      List.of("PER", "LOC", "ORG", "PERderiv", "LOCderiv", "ORGderiv", "PERpart", "LOCpart", "ORGpart");

  private final Map<String, String> labels;
  private final boolean germeval;

  public NerTags(Map<String, String> labels) {
    this(labels, false);
  }

  private NerTags(Map<String, String> labels, boolean germeval) {
    this.labels = Map.copyOf(labels);
    this.germeval = germeval;
  }

  /** The label mapping shipped with the eval module, in the project's conventions (-deriv and -part are O). */
  public static NerTags standard() {
    return new NerTags(ResourceLists.pairs("labels.tsv"), false);
  }

  /**
   * GermEval 2014's own conventions: "deutsche" (LOCderiv) and "EU" in "EU-weit" (ORGpart) are
   * entities of their own types, so a tagger must say them to be right. OTH is still not scored.
   */
  public static NerTags germeval() {
    return new NerTags(ResourceLists.pairs("labels.tsv"), true);
  }

  public List<String> types() {
    return germeval ? GERMEVAL_TYPES : TYPES;
  }

  public String rules() {
    return germeval
        ? "strict span match (same tokens, same type) on the outer layer for PER, LOC, ORG and their -deriv and -part variants"
            + " as types of their own (GermEval 2014's conventions); OTH is not scored"
        : "strict span match (same tokens, same type) on the outer layer for PER, LOC, ORG;"
            + " -deriv and -part variants count as O (they are not names of the type); OTH is not scored";
  }

  public List<EntitySpan> gold(int sentence, List<String> bio) {
    List<String> cleaned = new ArrayList<>(bio.size());
    for (String tag : bio) {
      String lower = tag.toLowerCase(Locale.ROOT);
      cleaned.add(!germeval && (lower.endsWith("deriv") || lower.endsWith("part")) ? "O" : tag);
    }
    return spans(sentence, cleaned);
  }

  public List<EntitySpan> predicted(int sentence, List<String> tags) {
    return spans(sentence, tags);
  }

  /** Maximal runs of one type; a B- prefix always starts a new entity. */
  private List<EntitySpan> spans(int sentence, List<String> tags) {
    List<EntitySpan> out = new ArrayList<>();
    String open = null;
    int start = 0;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() && tags.get(i) != null ? tags.get(i) : "O";
      boolean begins = tag.startsWith("B-") || tag.startsWith("S-") || tag.startsWith("U-");
      String bare = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag;
      String type = i < tags.size() ? labels.get(bare.toUpperCase(Locale.ROOT)) : null;
      type = type != null && types().contains(type) ? type : null; // a -deriv tag in the project's conventions is O
      if (open != null && (type == null || !type.equals(open) || begins)) {
        out.add(new EntitySpan(sentence, start, i, open));
        open = null;
      }
      if (type != null && open == null) {
        open = type;
        start = i;
      }
    }
    return out;
  }
}
