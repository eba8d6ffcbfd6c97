package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Event;
import org.chronik.model.Mention;

/**
 * Whose people an arrest befell, when the text says it after the act: "Am Montag wurde in Bayern ein
 * Mann festgenommen. … Der Verdächtige stamme aus Montenegro." The arrest of unnamed people is coded
 * against the arresting state's own civilians by default ({@code codebooks/scene-people.tsv}); a
 * sentence that tells where the arrested are from (an origin verb of {@code words/origin-verbs.txt},
 * a word that takes them up from {@code words/arrested-people.txt} and one country other than the
 * source's, named after "aus" or by a nationality word) makes them that country's civilians (read from
 * the words: a sentence without an act of its own is not parsed). The act's
 * own sentence and the {@value #WINDOW} sentences after it are read, up to the next act of the same
 * kind; failing that, a definite re-mention of an arrested person an earlier arrest named takes that
 * person's nationality ({@link PriorArrestee}); a patient that is a noun of fighting makes them an armed group
 * ({@link FighterPatient}). Codes from {@code words/origin-acts.txt}. Stateless.
 */
final class ArrestedOrigin {
  /** How many sentences after the act may still tell the origin of its people. */
  static final int WINDOW = 6;
  /** Shortest list word that also ends a compound ("Tatverdächtige"); shorter ones are pronouns. */
  private static final int COMPOUND_MIN = 4;

  private final Set<String> codes;
  private final Set<String> verbs;
  private final Set<String> prepositions;
  private final Set<String> people;
  private final Set<String> fighters;
  private final ScenePeople scenePeople;
  private final AnaphorWords anaphorWords;

  ArrestedOrigin(WordLists lists, ScenePeople scenePeople, AnaphorWords anaphorWords) {
    this.codes = lists.words("origin-acts");
    this.verbs = lists.words("origin-verbs");
    this.prepositions = lists.words("origin-prepositions");
    this.people = lists.words("arrested-people");
    this.fighters = lists.words("fighter-patients");
    this.scenePeople = scenePeople;
    this.anaphorWords = anaphorWords;
  }

  /** The events, each arrest of the source's own people by default given the origin its text tells. */
  List<Event> apply(List<Event> events, List<SentenceView> sentences) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      ActorRef people = ownByDefault(e) ? origin(e, events, sentences) : null;
      if (people == null && ownByDefault(e)) { // "Ein Belgier wurde festgenommen. … Der Verdächtige wurde …"
        people = PriorArrestee.of(e, events, sentences, codes, (s, i) -> person(s, i) && anaphorWords.definite(s, i));
      }
      int[] at = people == null && ownByDefault(e) ? PriorArrestee.locate(sentences, e) : null;
      if (at != null) { // "In Gao wurden zwölf Islamisten festgenommen": an armed group, not civilians
        people = FighterPatient.of(e, sentences.get(at[0]), at[1], fighters);
      }
      out.add(people == null ? e : new Event(e.id(), e.evidence(), e.trigger(), e.source(), people, e.symmetric(), e.code(),
          e.date(), e.dateSource(), e.place(), e.modality(), e.attribution(), e.rule(), e.matched(), e.duplicateOf(),
          e.sourceFrom(), e.targetFrom()));
    }
    return out;
  }

  private boolean ownByDefault(Event e) {
    String code = e.code().code();
    if (e.source() == null || e.target() == null || codes.stream().noneMatch(code::startsWith)) {
      return false;
    }
    ActorRef own = scenePeople.of(code, e.source().country());
    return own != null && own.id().equals(e.target().id());
  }

  private ActorRef origin(Event e, List<Event> events, List<SentenceView> sentences) {
    int at = indexOf(sentences, e);
    for (int k = at; at >= 0 && k < sentences.size() && k <= at + WINDOW; k++) {
      SentenceView s = sentences.get(k);
      if (k > at && anotherAct(e, events, s)) {
        return null;
      }
      Set<String> countries = told(s, e.source().country());
      if (countries.size() == 1) {
        return scenePeople.of(e.code().code(), countries.iterator().next());
      }
    }
    return null;
  }

  private static int indexOf(List<SentenceView> sentences, Event e) {
    for (int k = 0; k < sentences.size(); k++) {
      if (sentences.get(k).sentence.span().equals(e.evidence())) {
        return k;
      }
    }
    return -1;
  }

  /** The sentence tells another act of the same code prefix: the people after it are that act's. */
  private boolean anotherAct(Event e, List<Event> events, SentenceView s) {
    return events.stream().anyMatch(o -> o != e && o.evidence().equals(s.sentence.span())
        && codes.stream().anyMatch(p -> o.code().code().startsWith(p)));
  }

  /** The countries other than {@code own} a sentence says the re-mentioned people are from; empty when it tells no origin. */
  private Set<String> told(SentenceView s, String own) {
    boolean verb = false;
    boolean person = false;
    for (int i = 0; i < s.size(); i++) {
      verb |= verbs.contains(s.lemma(i).toLowerCase(Locale.ROOT));
      person |= person(s, i);
    }
    Set<String> countries = new LinkedHashSet<>();
    if (!verb || !person) {
      return countries;
    }
    for (int i = 0; i < s.size(); i++) {
      Mention m = s.anyMention(i);
      ActorRef a = m == null ? null : m.actor();
      if (a == null || a.country() == null || a.country().length() != 3 || a.country().equals(own)) {
        continue;
      }
      boolean fromPlace = (a.type() == ActorType.COUNTRY || a.type() == ActorType.LOCATION) && afterPreposition(s, i, m);
      // a nationality word ("vier Rumänen", a common noun the dictionary reads as the state; "ein
      // rumänischer Staatsbürger"), not people whose country came from the article's focus
      boolean nationality = a.type() == ActorType.COUNTRY && s.upos(i).equals("NOUN")
          || a.type() == ActorType.GROUP && "CVL".equals(a.sector()) && !m.countryFromFocus();
      if (fromPlace || nationality) {
        countries.add(a.country());
      }
    }
    return countries;
  }

  /**
   * The mention starts right after an origin preposition, an article between them allowed ("aus der
   * Türkei"). Read from the words, not the parse: a sentence without an act is not parsed.
   */
  private boolean afterPreposition(SentenceView s, int i, Mention m) {
    if (i > 0 && s.anyMention(i - 1) == m) {
      return false;
    }
    int j = i - 1;
    if (j > 0 && s.upos(j).equals("DET")) {
      j--;
    }
    return j >= 0 && prepositions.contains(s.word(j));
  }

  private boolean person(SentenceView s, int i) {
    String word = s.word(i).toLowerCase(Locale.ROOT);
    String lemma = s.lemma(i).toLowerCase(Locale.ROOT);
    if (people.contains(word) || people.contains(lemma)) {
      return true;
    }
    return s.upos(i).equals("NOUN") && people.stream().anyMatch(p -> p.length() >= COMPOUND_MIN && (lemma.endsWith(p) || word.endsWith(p)));
  }
}
