package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * A count of those an act befell over a span of years ("seit 2010 wurden 3000 Menschen getötet", "in
 * den vergangenen zehn Jahren nahm die Polizei 400 Aktivisten fest"): a tally of many acts at many
 * times, not one act told as done (modality.tsv TALLY). The clause's subject or object carries a
 * number, and the clause a phrase of years: a year number after a span preposition ("seit 2009"), or
 * a noun of years after one ("seit Jahren", "in den vergangenen 30 Jahren", "seit dem Jahr 2012").
 * A count over a short span stays an event ("seit Montag wurden 20 Menschen getötet"), and so does a
 * count without a span ("50 Personen wurden festgenommen") or a dated past act ("vor zehn Jahren").
 * A war's toll so far is a tally too: a count, a phrase naming the war or conflict after a span
 * preposition ("im Bürgerkrieg", "in dem Konflikt") and an adverb of a sum so far ("bislang",
 * "insgesamt"); without that adverb ("im Krieg wurden am Montag 20 Soldaten getötet") it is one act.
 */
final class Tallies {
  private static final int YEAR_DIGITS = 4;
  private static final int PHRASE_DEPTH = 3;
  private static final int SUM_DEPTH = 5; // "bislang" on "mehr" on the number on the adjective on the noun

  private Tallies() {}

  /**
   * True when the trigger's clause counts its victims over a span of years: a verb's own clause, or
   * the clause an act noun is the occasion or the cause of ("bei Anschlägen wurden seit 2009 …",
   * "die Angriffe haben seit Jahren Tausende getötet").
   */
  static boolean tally(SentenceView s, int trigger, ModalityCues cues) {
    int clause = s.isVerbal(trigger) ? trigger : occasionOf(s, trigger);
    if (clause < 0) {
      return false;
    }
    boolean counted = false;
    boolean span = false;
    boolean war = false;
    boolean sofar = sumSoFar(s, clause, cues);
    for (int c : clauseChildren(s, clause)) {
      String rel = s.baseRel(c);
      if (rel.equals("nsubj") || rel.equals("obj")) {
        counted |= counted(s, c, cues, 0);
      } else if (rel.equals("obl")) {
        span |= spanOfYears(s, c, cues);
        war |= cues.is(Kind.TALLY, Where.CASE, s.preposition(c)) && cues.is(Kind.TALLY, Where.WAR, s.lemma(c));
        counted |= countWord(s, c, cues); // "Hunderte" the parser took for an oblique
      }
      if (rel.equals("nsubj") || rel.equals("obj") || rel.equals("obl")) {
        for (int g : s.children(c)) {
          span |= s.baseRel(g).equals("nmod") && spanOfYears(s, g, cues); // the parser may hang the span on a phrase
        }
      }
    }
    return counted && (span || war && sofar);
  }

  /**
   * The clause's dependents, with those of the verb a participle is the open complement of (the parser
   * may hang "im Krieg" on "haben" and the participle below it).
   */
  private static List<Integer> clauseChildren(SentenceView s, int clause) {
    List<Integer> all = new ArrayList<>(s.children(clause));
    int head = s.head(clause);
    if (s.baseRel(clause).equals("xcomp") && head >= 0) {
      s.children(head).stream().filter(c -> c != clause).forEach(all::add);
    }
    return all;
  }

  /** An adverb of a sum so far ("bislang", "insgesamt") anywhere in the clause, also on a count ("bislang mehr als 8000"). */
  private static boolean sumSoFar(SentenceView s, int clause, ModalityCues cues) {
    for (int t = 0; t < s.size(); t++) {
      if (cues.is(Kind.TALLY, Where.SOFAR, s.word(t).toLowerCase(Locale.ROOT))) {
        int up = t;
        for (int depth = 0; depth <= SUM_DEPTH && up >= 0; depth++, up = s.head(up)) {
          if (up == clause || up == s.head(clause) && s.baseRel(clause).equals("xcomp")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The verb an act noun is an oblique or the subject of, or -1. */
  private static int occasionOf(SentenceView s, int noun) {
    String rel = s.baseRel(noun);
    int head = s.head(noun);
    return (rel.equals("obl") || rel.equals("nsubj")) && head >= 0 && s.isVerbal(head) ? head : -1;
  }

  /**
   * A phrase with a number somewhere in it ("12.000 Zivilisten", "mehr als 300 Aktivisten", where the
   * parser may hang the number on the adjective) or a count noun (modality.tsv TALLY … count: "Hunderte").
   */
  private static boolean counted(SentenceView s, int noun, ModalityCues cues, int depth) {
    if (s.upos(noun).equals("NUM") || countWord(s, noun, cues)) {
      return true;
    }
    return depth < PHRASE_DEPTH && s.children(noun).stream()
        .anyMatch(c -> !s.baseRel(c).equals("acl") && counted(s, c, cues, depth + 1));
  }

  private static boolean countWord(SentenceView s, int tok, ModalityCues cues) {
    return cues.is(Kind.TALLY, Where.COUNT, s.lemma(tok)) || cues.is(Kind.TALLY, Where.COUNT, s.word(tok));
  }

  /**
   * "seit 2009", "seit Jahren", "in den vergangenen 30 Jahren", "innerhalb eines Jahrzehnts"; not a
   * noun of years a number right after it names ("im Jahr 2019": a date), unless a span begins there
   * ("seit dem Jahr 2012").
   */
  private static boolean spanOfYears(SentenceView s, int phrase, ModalityCues cues) {
    String preposition = s.preposition(phrase);
    if (!cues.is(Kind.TALLY, Where.CASE, preposition)) {
      return false;
    }
    if (cues.is(Kind.TALLY, Where.NOUN, s.lemma(phrase))) {
      boolean named = phrase + 1 < s.size() && year(s.word(phrase + 1));
      return !named || cues.is(Kind.TALLY, Where.START, preposition);
    }
    return year(s.word(phrase));
  }

  private static boolean year(String word) {
    return word != null && word.length() == YEAR_DIGITS && word.chars().allMatch(Character::isDigit);
  }
}
