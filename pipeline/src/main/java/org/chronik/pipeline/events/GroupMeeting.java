package org.chronik.pipeline.events;

import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * A meeting of one intergovernmental body's members with no one else ("Die Außenminister der NATO
 * kamen zu einer Sondersitzung zusammen", "Das Treffen der G20 findet in Hamburg statt") is an act
 * within that body: one symmetric event from the body to itself, as the gold format writes
 * symmetric codes (IGO.NATO&lt;-&gt;IGO.NATO). Only for a mutual rule whose trigger or condition word
 * names a gathering ({@code GATHERING} in grammar.tsv), whose sources are all one such body and
 * which found no partner. A gathering noun must be the act of its clause (a core argument of a verb
 * or in a {@code GATHERING_CASE} phrase: "kamen zu einem Gipfel"), not the scene or time of another
 * act ("auf dem EU-Gipfel kritisierte …", "nach dem Willen des Gipfels"); a gathering verb must have
 * no object but a reflexive pronoun ("die EU traf eine Entscheidung" is no meeting) and no place
 * relative adverb; a noun whose clause has a subject naming another actor is where that one goes ("Baschir
 * reiste zu einem Gipfel der AU"), no act of the body. A party's or a
 * state's people meeting among themselves give nothing: only an IGO is a body of several members, and
 * not one that is a single institution — a bank, fund or court ({@code words/igo-institutions.txt}, the
 * last word of its canonical name): "Der Rat der Zentralbank kam zu einer Krisensitzung zusammen" is
 * its own business (root46).
 */
final class GroupMeeting {
  private GroupMeeting() {}

  /** The body meeting within itself, or null when the act is none. */
  static final String INSTITUTIONS = "igo-institutions";

  static Arg body(SentenceView s, int trigger, RuleMatcher.Match match, java.util.List<Arg> sources, java.util.Set<String> institutions) {
    EventRule rule = match.rule();
    if (!rule.mutual() || sources.isEmpty() || !gathering(s, trigger, match)) {
      return null;
    }
    ActorRef first = sources.get(0).actor();
    boolean oneBody = first.type() == ActorType.IGO && first.country() != null && first.country().startsWith("IGO.")
        && sources.stream().allMatch(a -> a.actor().id().equals(first.id())) && !institution(first, institutions);
    if (!oneBody) {
      return null;
    }
    return rule.kind() == EventRule.Kind.VERB ? (noObject(s, trigger) ? sources.get(0) : null)
        : (actOfClause(s, trigger) && !otherSubject(s, trigger, first) ? sources.get(0) : null);
  }

  /** The body is one institution by the last word of its name ("European Central Bank"). */
  private static boolean institution(ActorRef body, java.util.Set<String> institutions) {
    String name = body.name() == null ? "" : body.name().strip();
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    return institutions.contains(last);
  }

  /**
   * The clause of the gathering noun has a subject naming another actor than the body: the gathering is
   * where that one goes or stays ("Baschir hält sich zu einem Gipfeltreffen der AU auf", "Der Premier reiste
   * zu einem Treffen der EU"), not the body's act.
   */
  private static boolean otherSubject(SentenceView s, int noun, ActorRef body) {
    int head = s.head(noun);
    for (int subject : head < 0 ? java.util.List.<Integer>of() : s.subjects(head)) {
      // any mention, also a person the data gives no country ("Bashir" the parser's names found alone)
      org.chronik.model.Mention named = s.anyMention(subject);
      ActorRef actor = named != null ? named.actor() : ActorPhrase.actorRefOf(s, subject);
      if (actor != null && !actor.id().equals(body.id())) {
        return true;
      }
    }
    return false;
  }

  private static boolean gathering(SentenceView s, int trigger, RuleMatcher.Match match) {
    EventGrammar g = s.grammar();
    for (int tok : new int[] {trigger, match.anchor(), match.extra()}) {
      if (tok >= 0 && (g.isOrEndsIn(EventGrammar.Kind.GATHERING, s.lemma(tok)) || g.isOrEndsIn(EventGrammar.Kind.GATHERING, s.word(tok)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb with no object but a reflexive pronoun ("trafen sich", "kamen zusammen"), not in a clause
   * opened by a {@code PLACE_RELATIVE} adverb: "in New York, wo die UN tagen" tells where, no meeting.
   */
  private static boolean noObject(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (s.grammar().is(EventGrammar.Kind.PLACE_RELATIVE, s.word(c))) {
        return false;
      }
      if ((s.baseRel(c).equals("obj") || s.baseRel(c).equals("iobj")) && !s.grammar().is(EventGrammar.Kind.REFLEXIVE, s.word(c))) {
        return false;
      }
    }
    return true;
  }

  /** A noun that is a core argument of a verb, or in a phrase whose preposition makes it the clause's act. */
  private static boolean actOfClause(SentenceView s, int noun) {
    int head = s.head(noun);
    if (head < 0 || !s.isVerbal(head)) {
      return false;
    }
    String p = s.preposition(noun);
    if (p != null) {
      return s.grammar().is(EventGrammar.Kind.GATHERING_CASE, p);
    }
    String rel = s.baseRel(noun);
    return rel.equals("nsubj") || rel.equals("obj");
  }
}
