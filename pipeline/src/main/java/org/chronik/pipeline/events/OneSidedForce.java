package org.chronik.pipeline.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Mention;

/**
 * Nameless victims of an agentless act of force whose country nobody says ("Zivilisten wurden in ihren
 * Hütten getötet", "Frauen und Kinder wurden erschossen") in an article where one side alone has used
 * force: every act of force the article told before with its agent named in its own sentence came from that side and struck
 * one other country ("Soldaten des Landes X erschossen Bauern aus Y. … Frauen und Kinder wurden getötet"):
 * that side is the agent, the victims are the civilians of the country it struck
 * (codebooks/struck-civilians.tsv). A widening of {@link Discourse#soleAgent} (agents of any act, a victim with a
 * country) to named agents only and nameless victims, and of {@link StruckPeople}, which reaches two sentences back, to the whole article, guarded by
 * the one struck country. Not when the sentence names a place of another country, nor in quoted words or
 * a party's indirect speech, where the speaker says who acted. README "One side's force on nameless victims (src44)".
 */
final class OneSidedForce {
  static final String TABLE = "/codebooks/struck-civilians.tsv";
  static final String VICTIMS = "nameless-victims";
  private static final ScenePeople CIVILIANS = ScenePeople.load(TABLE);

  /** The agent and the victims of an act of force told without either. */
  record Victims(ActorRef agent, ActorRef people) {}

  private final Discourse discourse;
  private final VictimAgent speech;
  private final EventCoder.Knowledge knowledge;

  OneSidedForce(Discourse discourse, VictimAgent speech, EventCoder.Knowledge knowledge) {
    this.discourse = discourse;
    this.speech = speech;
    this.knowledge = knowledge;
  }

  /** The one side's agent and the struck country's civilians for the verb's nameless victims, or null. */
  Victims of(SentenceView s, int verb, String code) {
    if (!namelessVictims(s, verb) || speech.spoken(s.token(verb).span())) {
      return null;
    }
    int index = s.sentence.index();
    Set<String> roots = knowledge.implicitActors().agentFrom(code);
    ActorRef sole = null;
    String struck = null;
    for (Discourse.Act x : discourse.namedActs(0, index, roots)) {
      String c = x.target().country();
      if (sole != null && !oneSide(x.source(), sole) || c == null || c.length() != 3 || struck != null && !struck.equals(c)) {
        return null; // two sides used force, or struck two countries: whose victims these are is not said
      }
      sole = sole == null ? x.source() : sole; // the latest act's agent
      struck = c;
    }
    String place = knowledge.places().country(s, verb);
    ActorRef people = struck == null || place != null && !place.equals(struck) ? null : CIVILIANS.of(code, struck);
    return people != null && Discourse.against(sole, List.of(people)) ? new Victims(sole, people) : null;
  }

  /** One side: {@link Sides#same}, or two bodies of one sector of one state (the army and its marines). */
  private static boolean oneSide(ActorRef a, ActorRef b) {
    return Sides.same(a, b) || a.country() != null && a.country().equals(b.country()) && a.sector() != null && a.sector().equals(b.sector());
  }

  /**
   * The verb's passive subjects (and their conjuncts) are all nameless people: a group of no country and no
   * armed sector, or a noun of words/nameless-victims.txt that names no actor.
   */
  private boolean namelessVictims(SentenceView s, int verb) {
    Set<String> words = knowledge.lexicon().lists().words(VICTIMS);
    List<Integer> patients = s.children(verb).stream().filter(c -> s.deprel(c).equals("nsubj:pass")).toList();
    if (patients.isEmpty()) {
      return false;
    }
    for (int p : patients) {
      for (int k : s.children(p).stream().filter(c -> s.baseRel(c).equals("conj")).toList()) {
        if (!nameless(s, k, words)) {
          return false;
        }
      }
      if (!nameless(s, p, words)) {
        return false;
      }
    }
    return true;
  }

  private static boolean nameless(SentenceView s, int word, Set<String> words) {
    Mention m = s.anyMention(word);
    ActorRef a = m == null ? null : m.actor();
    if (a != null) {
      return a.country() == null && a.type() == ActorType.GROUP && (a.sector() == null || a.sector().equals("CVL"));
    }
    return s.upos(word).equals("NOUN") && words.contains(s.lemma(word).toLowerCase(Locale.ROOT));
  }
}
