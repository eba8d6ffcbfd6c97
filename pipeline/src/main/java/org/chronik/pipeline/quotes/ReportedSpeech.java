package org.chronik.pipeline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.Span;
import org.chronik.pipeline.attribution.DependencyTree;

/**
 * A speech act reported without its words ("Die Opposition forderte Neuwahlen", "Der Minister sprach
 * von einem Erfolg"): a speech verb whose row is marked {@code reported=…}, with a speaker and the
 * complement the row asks for ({@code any} object or oblique, or one with the adpositions named,
 * "sprechen von"), and no reported clause. Not in a relative clause ("die Grippe, die Millionen Opfer
 * gefordert hatte"), not reflexive ("entschied sich für"), and not when the sentence quotes a whole
 * utterance: then the verb frames those words.
 */
final class ReportedSpeech {
  /** Relations of a complement that says what the act was about. */
  private static final Set<String> COMPLEMENTS = Set.of("obj", "iobj", "obl", "obl:arg", "xcomp", "nmod");

  /** Quoted words from this many on are an utterance a verb frames, not a fragment of a reported act. */
  private static final int UTTERANCE_WORDS = 4;

  private ReportedSpeech() {}

  /** The clause that reports the act, or null when the cue does not report one. */
  static Span find(DocumentView doc, DependencyTree tree, Cue cue) {
    String need = cue.entry().role("reported");
    if (need == null || cue.attribution() || cue.speaker() == null || cue.speaker().span() == null) {
      return null;
    }
    int verb = cue.anchor();
    String rel = tree.token(verb).deprel();
    if (rel != null && rel.startsWith("acl") || doc.reflexive(tree, verb) || quotesUtterance(doc, tree)) {
      return null;
    }
    return hasComplement(tree, verb, need) ? tree.subtreeSpan(verb) : null;
  }

  /** The sentence holds words in quotation marks long enough to be an utterance. */
  private static boolean quotesUtterance(DocumentView doc, DependencyTree tree) {
    Span sentence = tree.sentence().span();
    return doc.marked.stream().anyMatch(m -> m.inner().overlaps(sentence) && m.inner().of(doc.body).strip().split("\\s+").length >= UTTERANCE_WORDS);
  }

  private static boolean hasComplement(DependencyTree tree, int verb, String need) {
    List<Integer> candidates = new ArrayList<>(tree.children(verb));
    for (int c : tree.children(verb)) {
      if ("compound:prt".equals(tree.token(c).deprel())) {
        candidates.addAll(tree.children(c));
      }
    }
    for (int c : candidates) {
      String rel = tree.token(c).deprel();
      if (rel == null || !COMPLEMENTS.contains(rel) || "PRON".equals(tree.token(c).upos()) && rel.equals("obj")) {
        continue; // "sich" or "es" is no content
      }
      if (need.equals("any")) {
        return true;
      }
      int adposition = tree.child(c, "case");
      if (adposition >= 0 && Set.of(need.split("\\|")).contains(tree.token(adposition).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
