package org.chronik.pipeline.events;

import java.util.Locale;
import java.util.Set;

import org.chronik.model.DateSource;

/**
 * An undated historical aside: an act whose clause is put in a past before the story's own by an adverb
 * or noun of time ("Russland hatte die Ukraine einst kritisiert", "warfen sich damals Wortbruch vor", "im
 * Vorjahr") or by a past year ("besuchte vergangenes Jahr Österreich", "Anfang vergangenen Jahres"),
 * and that nothing dates (NONE: no expression, context or reference time, and no creation date, as in an
 * article without one, or a past perfect with no date told in its paragraph). It is background, not news
 * of the story's day, and is kept as not reportable (HYPOTHETICAL), as a tally over years is. An act the
 * text dates, or that an article's creation date dates, keeps its modality: "damals" after a date told
 * before is that date's act. Words: {@code words/past-asides.txt},
 * {@code words/past-year-adjectives.txt}, {@code words/year-nouns.txt}.
 */
final class PastAsides {
  static final String ASIDES = "past-asides";
  static final String PAST_YEARS = "past-year-adjectives";
  static final String YEARS = "year-nouns";
  /** "Anfang vergangenen Jahres": the year noun hangs on the time phrase hung on the clause. */
  private static final int DEPTH = 2;

  private PastAsides() {}

  /** True when the act of {@code trigger}, dated from {@code source}, is an undated historical aside. */
  static boolean aside(SentenceView s, int trigger, DateSource source, WordLists lists) {
    if (source != DateSource.NONE) {
      return false;
    }
    int clause = s.clauseHead(trigger);
    return marked(s, clause, lists, DEPTH) || clause != trigger && !s.isVerbal(trigger) && marked(s, trigger, lists, 1);
  }

  private static boolean marked(SentenceView s, int head, WordLists lists, int depth) {
    for (int c : s.children(head)) {
      String rel = s.baseRel(c);
      if (rel.equals("advmod") || rel.equals("obl") || rel.equals("nmod") || rel.equals("obj")) {
        if (in(s, c, lists.words(ASIDES)) || pastYear(s, c, lists)) {
          return true;
        }
        if (depth > 1 && !rel.equals("advmod") && marked(s, c, lists, depth - 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean pastYear(SentenceView s, int noun, WordLists lists) {
    if (!in(s, noun, lists.words(YEARS))) {
      return false;
    }
    for (int a : s.children(noun)) {
      if (s.baseRel(a).equals("amod") && in(s, a, lists.words(PAST_YEARS))) {
        return true;
      }
    }
    return false;
  }

  private static boolean in(SentenceView s, int i, Set<String> words) {
    return words.contains(s.lemma(i).toLowerCase(Locale.ROOT)) || words.contains(s.word(i).toLowerCase(Locale.ROOT));
  }
}
