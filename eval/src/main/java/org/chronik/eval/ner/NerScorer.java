package org.chronik.eval.ner;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chronik.eval.Counts;

/**
 * Strict span F1 of a tagger on GermEval sentences, per type and micro-averaged over PER, LOC and
 * ORG. The tagger gets the corpus tokens and returns one tag per token, so the score measures
 * recognition, not tokenization.
 */
public final class NerScorer {
  public static final List<String> TYPES = NerTags.TYPES;
  public static final String RULES = NerTags.standard().rules();

  private final NerTags tags;

  public NerScorer(NerTags tags) {
    this.tags = tags;
  }

  /** Per type and "ALL" (micro-average): system = predicted entities, required = gold entities. */
  public record Result(int sentences, int tokens, Map<String, Counts> byType, String rules) {
    public Counts total() {
      return byType.get("ALL");
    }
  }

  /**
   * @throws IllegalStateException when the tagger returns a different number of tags than tokens
   */
  public Result score(List<GermEvalSentence> sentences, Function<List<String>, List<String>> tagger) {
    Map<String, int[]> tally = new LinkedHashMap<>(); // type -> {predicted, gold, correct}
    for (String t : tags.types()) {
      tally.put(t, new int[3]);
    }
    int tokens = 0;
    for (int s = 0; s < sentences.size(); s++) {
      GermEvalSentence sentence = sentences.get(s);
      List<String> predicted = tagger.apply(sentence.tokens());
      if (predicted == null || predicted.size() != sentence.tokens().size()) {
        throw new IllegalStateException("tagger returned " + (predicted == null ? "null" : predicted.size() + " tags")
            + " for " + sentence.tokens().size() + " tokens in the sentence from " + sentence.url());
      }
      tokens += sentence.tokens().size();
      Set<EntitySpan> gold = new HashSet<>(tags.gold(s, sentence.tags()));
      for (EntitySpan e : gold) {
        tally.get(e.type())[1]++;
      }
      for (EntitySpan e : tags.predicted(s, predicted)) {
        tally.get(e.type())[0]++;
        if (gold.contains(e)) {
          tally.get(e.type())[2]++;
        }
      }
    }
    Map<String, Counts> byType = new LinkedHashMap<>();
    Counts all = Counts.ZERO;
    for (var entry : tally.entrySet()) {
      int[] v = entry.getValue();
      Counts c = new Counts(v[0], v[2], v[1], v[2], 0, 0);
      byType.put(entry.getKey(), c);
      all = all.plus(c);
    }
    byType.put("ALL", all);
    return new Result(sentences.size(), tokens, byType, tags.rules());
  }
}
