package org.chronik.pipeline.quotes;

import java.util.Comparator;
import java.util.List;
import org.chronik.model.Span;

/**
 * Who said it and who reports it, from the cues around a quotation and what came before. Holds the
 * speech found so far in one document (created per document, never shared).
 */
final class Attribution {
  /** Speech without a cue continues the last speaker's words for at most this many sentences. */
  private static final int CARRY_SENTENCES = 2;

  record Result(Cue cue, Party speaker, Party source) {}

  private final DocumentView doc;
  private final PronounResolver pronouns;
  private Party lastSpeaker;
  private int lastSentence = Integer.MIN_VALUE;

  Attribution(DocumentView doc) {
    this.doc = doc;
    this.pronouns = new PronounResolver(doc);
  }

  /**
   * Cues sorted by distance from the quotation: the nearest speech verb speaks for it.
   *
   * @param quote the quoted words, whose own words never name their speaker; null for indirect speech
   */
  Result attribute(List<Cue> cues, Span quote, int sentence) {
    Result r = attributeWithoutCarry(cues, quote, sentence);
    return r.speaker() == null ? new Result(r.cue(), carried(sentence), r.source()) : r;
  }

  /** Like {@link #attribute} but without carrying the last speaker: the caller tries the clause first. */
  Result attributeWithoutCarry(List<Cue> cues, Span quote, int sentence) {
    List<Cue> sorted = quote == null ? cues : cues.stream().sorted(Comparator.comparingInt(c -> distance(c.span(), quote))).toList();
    Cue adjacent = quote == null ? null : adjacentPhrase(sorted, quote);
    if (adjacent != null) {
      // "„…“, so die Ministerin": a phrase right at the quotation attributes it, whatever verb the sentence has elsewhere
      return new Result(adjacent, resolvePronoun(adjacent.speaker(), sentence), null);
    }
    // the nearest speech verb that names a speaker; else the nearest at all ("mit den Worten" names nobody)
    Cue verb = sorted.stream().filter(c -> !c.attribution() && !c.isAnaphor() && outside(c.speaker(), quote) != null).findFirst()
        .orElse(sorted.stream().filter(c -> !c.attribution() && !c.isAnaphor()).findFirst().orElse(null));
    // the nearest attribution phrase that names someone ("nach Aussagen eines Gutachters", not a bare "nach Aussagen" nearer by)
    Cue phrase = sorted.stream().filter(c -> c.attribution() && outside(c.speaker(), quote) != null).findFirst()
        .orElse(sorted.stream().filter(Cue::attribution).findFirst().orElse(null));
    Cue anaphor = sorted.stream().filter(Cue::isAnaphor).findFirst().orElse(null);
    Party speaker = verb == null ? null : outside(verb.speaker(), quote);
    Party source = verb == null ? null : outside(verb.source(), quote);
    if (phrase != null && outside(phrase.speaker(), quote) != null) {
      if (speaker == null) {
        speaker = phrase.speaker();
      } else if (source == null) {
        source = phrase.speaker(); // "Putin hat laut Ministerium zugesichert": the ministry reports
      }
    }
    if (anaphor != null) {
      Party earlier = lastAttributionBefore(anaphor);
      if (speaker == null) {
        speaker = earlier;
      } else if (source == null) {
        source = earlier;
      }
    }
    speaker = resolvePronoun(speaker, sentence);
    Cue cue = verb != null ? verb : phrase != null ? phrase : anaphor;
    return new Result(cue, speaker, source);
  }

  /** Links an unlinked pronoun to an earlier speaker or person. */
  Party resolve(Party party, int sentence) {
    return resolvePronoun(party, sentence);
  }

  /** Remembers the speaker of speech that ends in {@code sentence}, for quotations without a cue. */
  void record(Party speaker, int sentence) {
    if (speaker != null) {
      lastSpeaker = speaker;
      lastSentence = sentence;
    }
  }

  /** The last speaker when speech was reported in the sentences just before, else null. */
  Party carried(int sentence) {
    return hasRecentSpeaker(sentence) ? lastSpeaker : null;
  }

  boolean hasRecentSpeaker(int sentence) {
    return lastSpeaker != null && sentence - lastSentence <= CARRY_SENTENCES;
  }

  /** The nearest attribution phrase with a speaker when only punctuation separates it from the quotation, else null. */
  private Cue adjacentPhrase(List<Cue> sorted, Span quote) {
    for (Cue c : sorted) {
      if (c.attribution() && outside(c.speaker(), quote) != null) {
        int from = Math.min(c.span().end(), quote.end());
        int to = Math.max(c.span().begin(), quote.begin());
        boolean onlyPunctuation = from >= to || doc.body.substring(from, to).codePoints().noneMatch(Character::isLetterOrDigit);
        return onlyPunctuation ? c : null;
      }
    }
    return null;
  }

  /** The party, unless it is named inside the quoted words themselves. */
  private static Party outside(Party party, Span quote) {
    return party == null || quote != null && party.span().overlaps(quote) ? null : party;
  }

  /** The speaker of the last attributing phrase ("laut X", "wie X mitteilte", a quoting medium) before the cue. */
  private Party lastAttributionBefore(Cue anaphor) {
    for (int s = anaphor.sentence(); s >= 0; s--) {
      List<Cue> cues = doc.cues.get(s);
      for (int k = cues.size() - 1; k >= 0; k--) {
        Cue c = cues.get(k);
        if (c.span().begin() >= anaphor.span().begin()) {
          continue;
        }
        if (c.attribution() && c.speaker() != null) {
          return c.speaker();
        }
        if (c.source() != null) {
          return c.source();
        }
      }
    }
    return null;
  }

  private Party resolvePronoun(Party party, int sentence) {
    return pronouns.resolve(party, sentence, lastSpeaker, lastSentence);
  }

  private static int distance(Span a, Span b) {
    if (a.overlaps(b)) {
      return 0;
    }
    return a.end() <= b.begin() ? b.begin() - a.end() : a.begin() - b.end();
  }
}
