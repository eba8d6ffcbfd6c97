package org.chronik.pipeline.events;

import java.util.Locale;

/**
 * An act told as something that happened: "Es kam zu Massenprotesten gegen die Regierung", "Am Sonntag
 * gab es Proteste". The verb ({@code OCCURRENCE} in grammar.tsv) has only an {@code EXPLETIVE} subject
 * ("es"), which is no actor: it neither calls for nor handles the act, nor is it the act's agent.
 * Stateless.
 */
final class Occurrence {
  private Occurrence() {}

  /** Whether {@code verb} is an occurrence verb whose only subject is the expletive. */
  static boolean expletive(SentenceView s, int verb) {
    if (verb < 0 || !s.grammar().is(EventGrammar.Kind.OCCURRENCE, s.lemma(verb))) {
      return false;
    }
    boolean empty = false;
    for (int c : s.children(verb)) {
      String rel = s.baseRel(c);
      if (rel.equals("nsubj") || rel.equals("expl")) {
        if (!s.grammar().is(EventGrammar.Kind.EXPLETIVE, s.word(c))) {
          return false;
        }
        empty = true;
      }
    }
    return empty;
  }

  /**
   * Whether the act noun {@code noun} is what the expletive occurrence verb it hangs on tells happened: "Es kam
   * zu Protesten", also where the parser made the noun the subject beside the expletive ("Es gab Proteste").
   */
  static boolean told(SentenceView s, int noun) {
    return expletive(s, s.head(noun)) || holds(s, noun);
  }

  /**
   * Whether the act noun is the subject or object of an occurrence verb beside its expletive ("Es gab
   * Kritik von X an Y", parsed with "Kritik" as a second subject): the verb's phrases are the noun's.
   */
  static boolean holds(SentenceView s, int noun) {
    int verb = s.head(noun);
    String rel = s.baseRel(noun);
    if (verb < 0 || !s.grammar().is(EventGrammar.Kind.OCCURRENCE, s.lemma(verb)) || !rel.equals("nsubj") && !rel.equals("obj")) {
      return false;
    }
    for (int c : s.children(verb)) {
      String r = s.baseRel(c);
      if (c != noun && (r.equals("expl") || r.equals("nsubj")) && s.grammar().is(EventGrammar.Kind.EXPLETIVE, s.word(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun is plural: by its tag, else, for a form the lexicon does not tag ("Massenproteste"),
   * by a {@code PLURAL_ENDING} after its lemma.
   */
  static boolean plural(SentenceView s, int noun) {
    if (s.plural(noun)) {
      return true;
    }
    String tag = s.xpos(noun);
    String word = s.word(noun);
    String lemma = s.lemma(noun);
    if (tag != null && !tag.isEmpty() || word == null || lemma == null || !word.startsWith(lemma)) {
      return false;
    }
    return s.grammar().is(EventGrammar.Kind.PLURAL_ENDING, word.substring(lemma.length()).toLowerCase(Locale.ROOT));
  }
}
