package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Event;
import org.chronik.model.Span;

/**
 * Whom an arrest of a definite role noun befell when an arrest before it in the same paragraph named
 * that person's nationality: "In Marokko ist ein Belgier festgenommen worden. … Der Verdächtige wurde
 * in Casablanca festgenommen." The second act retells the first; its patient ("der Verdächtige", a word
 * of {@code words/arrested-people.txt} with a definite article) takes up the person the first named, so it
 * falls on that act's foreign civilians, not on the arresting state's own by default. Only the nearest
 * earlier act of the same kind ({@code words/origin-acts.txt}) by the same state within {@value #BACK}
 * sentences counts; an indefinite patient ("ein weiterer Verdächtiger") is someone new. Stateless.
 */
final class PriorArrestee {
  /** How many sentences before the act an earlier arrest may name the person. */
  static final int BACK = 3;

  private PriorArrestee() {}

  /** The patient token of the act at {@code trigger}: its passive subject, object or (of an act noun) genitive; -1 if none. */
  static int patient(SentenceView s, int trigger) {
    for (int c : s.children(trigger)) {
      String rel = s.deprel(c);
      if (rel.equals("nsubj:pass") || rel.equals("obj") || s.upos(trigger).equals("NOUN") && rel.equals("nmod")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The foreign civilians the nearest earlier arrest named, when the act's patient takes them up; null otherwise.
   * {@code takesUp} tells whether a token re-mentions people already told (a definite word for the arrested).
   */
  static ActorRef of(Event e, List<Event> events, List<SentenceView> sentences, Set<String> codes,
      BiPredicate<SentenceView, Integer> takesUp) {
    int[] found = locate(sentences, e);
    if (found == null) {
      return null;
    }
    int at = found[0];
    int trigger = found[1];
    SentenceView s = sentences.get(at);
    int patient = patient(s, trigger);
    if (patient < 0 || !takesUp.test(s, patient)) {
      return null;
    }
    int from = at;
    while (from > 0 && at - from < BACK && !newParagraph(sentences.get(from - 1), sentences.get(from))) {
      from--;
    }
    int begin = sentences.get(from).sentence.span().begin();
    Event prior = null;
    for (Event f : events) {
      if (f != e && f.trigger() != null && f.trigger().begin() >= begin && f.trigger().end() <= e.trigger().begin()
          && codes.stream().anyMatch(f.code().code()::startsWith)
          && (prior == null || f.trigger().begin() > prior.trigger().begin())) {
        prior = f;
      }
    }
    return prior != null && foreignPerson(prior, e.source().country()) ? prior.target() : null;
  }

  /** The index of the sentence holding the event's trigger and the trigger's token there; null when none does. */
  static int[] locate(List<SentenceView> sentences, Event e) {
    for (int k = 0; k < sentences.size(); k++) {
      int t = tokenAt(sentences.get(k), e.trigger());
      if (t >= 0) {
        return new int[] {k, t};
      }
    }
    return null;
  }

  private static boolean foreignPerson(Event prior, String country) {
    ActorRef t = prior.target();
    return prior.source() != null && country.equals(prior.source().country()) && t != null
        && t.type() == ActorType.GROUP && "CVL".equals(t.sector()) && t.country() != null
        && t.country().length() == 3 && !t.country().equals(country);
  }

  private static boolean newParagraph(SentenceView before, SentenceView s) {
    int from = Math.min(before.sentence.span().end(), s.sentence.span().begin());
    return s.body.substring(from, s.sentence.span().begin()).contains("\n");
  }

  private static int tokenAt(SentenceView s, Span trigger) {
    if (trigger == null) {
      return -1;
    }
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).span().begin() == trigger.begin()) {
        return i;
      }
    }
    return -1;
  }
}
