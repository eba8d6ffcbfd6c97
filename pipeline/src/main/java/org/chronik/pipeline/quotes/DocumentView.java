package org.chronik.pipeline.quotes;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.attribution.AttributionCue;
import org.chronik.pipeline.attribution.AttributionLexicon;
import org.chronik.pipeline.attribution.CueFinder;
import org.chronik.pipeline.attribution.DependencyTree;
import org.chronik.pipeline.attribution.Tokens;

/** One document as the quote finder reads it: body, trees, marked spans and the cues outside them. */
final class DocumentView {
  final String body;
  final List<DependencyTree> trees;
  final List<MarkedSpan> marked;
  final List<List<Cue>> cues;
  final PartyResolver parties;
  private final QuoteLexicon lexicon;
  private final AttributionLexicon attribution;

  DocumentView(String body, List<Sentence> sentences, List<MarkedSpan> marked, CueFinder finder, PartyResolver parties, QuoteLexicon lexicon) {
    this.body = body;
    this.lexicon = lexicon;
    this.attribution = finder.lexicon();
    this.parties = parties;
    this.marked = List.copyOf(marked);
    this.trees = sentences.stream().map(s -> new DependencyTree(s, this::insideMarks)).toList();
    List<List<Cue>> all = new ArrayList<>();
    for (int s = 0; s < trees.size(); s++) {
      List<Cue> found = new ArrayList<>();
      DependencyTree tree = trees.get(s);
      for (AttributionCue cue : finder.find(tree, s, body)) {
        if (!insideMarks(tree.token(cue.anchor()).span())) {
          // a speech verb inside a quotation belongs to the quoted words
          found.add(new Cue(cue.entry(), s, cue.anchor(), cue.span(), cue.text(), parties.party(tree, cue.speaker()), parties.party(tree, cue.source()),
              cue.attribution()));
        }
      }
      all.add(List.copyOf(found));
    }
    this.cues = List.copyOf(all);
  }

  AttributionLexicon attribution() {
    return attribution;
  }

  boolean insideMarks(Span span) {
    for (MarkedSpan m : marked) {
      if (m.outer().contains(span)) {
        return true;
      }
    }
    return false;
  }

  /** Share of the span's characters that lie in quotation marks. */
  double markedShare(Span span) {
    int covered = 0;
    for (MarkedSpan m : marked) {
      if (m.outer().overlaps(span)) {
        covered += Math.min(m.outer().end(), span.end()) - Math.max(m.outer().begin(), span.begin());
      }
    }
    return span.length() == 0 ? 0 : (double) covered / span.length();
  }

  /** Index of the sentence containing the offset (or the next one after it), or -1. */
  int sentenceAt(int offset) {
    for (int s = 0; s < trees.size(); s++) {
      if (trees.get(s).sentence().span().end() > offset) {
        return s;
      }
    }
    return -1;
  }

  Sentence sentence(int s) {
    return trees.get(s).sentence();
  }

  /** True when a finite verb of the sentence outside quotation marks is in the reported mood. */
  boolean reportedMood(int s) {
    for (Token t : sentence(s).tokens()) {
      if (Tokens.isVerb(t) && isFinite(s, t) && !insideMarks(t.span()) && lexicon.isReportedMood(t.text())) {
        return true;
      }
    }
    return false;
  }

  /** True when the clause headed at {@code head} has a finite verb in the reported mood. */
  boolean reportedMood(DependencyTree tree, int head) {
    int s = trees.indexOf(tree);
    for (int k = 0; k < tree.size(); k++) {
      Token t = tree.token(k);
      if (tree.dominates(head, k) && Tokens.isVerb(t) && isFinite(s, t) && !insideMarks(t.span()) && lexicon.isReportedMood(t.text())) {
        return true;
      }
    }
    return false;
  }

  /** True when the token's tag is one of the class's. */
  boolean tagged(TagClass tagClass, Token t) {
    return lexicon.hasTag(tagClass, t.xpos());
  }

  /** A reflexive pronoun on the verb ("äußerte sich"), by the lexicon's reflexive tags. */
  boolean reflexive(DependencyTree tree, int verb) {
    for (int c : tree.children(verb)) {
      if ("PRON".equals(tree.token(c).upos()) && lexicon.hasTag(TagClass.REFLEXIVE, tree.token(c).xpos())) {
        return true;
      }
    }
    return false;
  }

  /** Finite by the STTS tag (VVFIN) or by a lexicon tag with person (VER:3:SIN:…). */
  boolean isFinite(int s, Token t) {
    if (!lexicon.hasTag(TagClass.FINITE, t.xpos())) {
      return false;
    }
    // the lexicon reads "leisten" as a plural present too: an infinitive with its marker is not finite
    DependencyTree tree = trees.get(s);
    for (int c : tree.children(t.index())) {
      if (lexicon.isInfinitiveMarker(tree.token(c).text()) && "mark".equals(tree.token(c).deprel())) {
        return false;
      }
    }
    return true;
  }
}
