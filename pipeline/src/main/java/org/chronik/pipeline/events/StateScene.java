package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.chronik.model.ActorRef;
import org.chronik.model.Mention;

/**
 * Where an agentless state act takes place, and so whose authorities perform it: "In Minsk wurden
 * Demonstranten festgenommen" (Belarus), "Der Notstand wurde ausgerufen" (the country the sentence
 * names). Rows STATE with OWN_COUNTRY or SCENE_PEOPLE of codebooks/implicit-actors.tsv. One per document.
 */
final class StateScene {
  /** The universal relations of a passive's patient phrases. */
  private static final Set<String> PATIENT = Set.of("nsubj:pass", "obj", "iobj", "obl:arg");

  private final EventCoder.Knowledge knowledge;
  private final FocusCountry countries;
  private final SceneBefore before;

  StateScene(EventCoder.Knowledge knowledge, FocusCountry countries, IntFunction<SentenceView> sentences) {
    this.knowledge = knowledge;
    this.countries = countries;
    this.before = new SceneBefore(knowledge, sentences);
  }

  /**
   * The country where an act takes place: a place phrase's, else the focus country when the sentence
   * names no place abroad or unplaceable anywhere.
   */
  String country(SentenceView s, int trigger) {
    String country = knowledge.places().country(s, trigger);
    String focus = countries.focus();
    if (country == null && knowledge.places().place(s, trigger) == null && focus != null
        && !knowledge.places().namesPlaceOutside(s, focus)) {
      country = focus; // a place the gazetteer cannot place ("in Neapel"), even deeper in the sentence, is no reason to guess the focus
    }
    return country;
  }

  /**
   * The country of the scene when this sentence itself names it: a place's, else the focus country
   * when one of its actors is named in the sentence ("Bei Unruhen in X …"; no scene set before).
   */
  String namedCountry(SentenceView s, int trigger) {
    String country = country(s, trigger);
    if (country == null || knowledge.places().country(s, trigger) != null) {
      return country;
    }
    for (int k = 0; k < s.size(); k++) {
      Mention m = s.anyMention(k);
      if (m != null && country.equals(m.actor().country())) {
        return country;
      }
    }
    return null;
  }

  /**
   * The country of the scene when the sentence names it: a place's, else the focus country when one
   * of its actors is named in the sentence ("Der Mussawi nahestehenden Zeitung wurde das Erscheinen
   * untersagt") or when the sentence just before it in its paragraph sets the
   * scene in that country by a place phrase and names no place elsewhere (SceneBefore: "In Minsk wurden Reporter
   * behindert. Einem Kamerateam des ZDF wurde verboten, …"); a bare "Versammlungen wurden verboten"
   * in an article about a war may be either side's.
   */
  String namedCountry(SentenceView s, int trigger, int paragraphStart) {
    String country = namedCountry(s, trigger);
    if (country != null) {
      return country;
    }
    country = country(s, trigger);
    if (country == null) {
      return null;
    }
    int index = s.sentence.index();
    // a named person in a scene set only before ("Reporter X wurde … festgehalten") may be anyone's
    // citizen; a verb without a patient phrase of its own (a parse that hangs it on another verb) falls on no one told
    int from = namedPatient(s, trigger) || !hasPatient(s, trigger) ? paragraphStart - 1 : index - 1;
    return before.setsScene(index, from, paragraphStart, country) ? country : null;
  }

  /**
   * The passive's patient is a pronoun or has one ("es ist X verboten, …", "deren Verteilung
   * wurde untersagt"): someone told of before or elsewhere in the clause is affected, not the
   * state's own people.
   */
  static boolean patientByPronoun(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (!PATIENT.contains(s.deprel(c))) {
        continue;
      }
      if (s.upos(c).equals("PRON") || s.children(c).stream().anyMatch(g -> s.upos(g).equals("PRON"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The passive's clause names an actor of another country than the scene's, if the slots could not
   * take it ("in Italien wurde ein Algerier festgenommen", "der iranische Flüchtling X wurde in
   * Australien festgehalten"): someone of that country may be affected, not the state's own people.
   */
  static boolean foreignPatient(SentenceView s, int verb, String country) {
    for (int k = 0; k < s.size(); k++) {
      Mention m = s.anyMention(k);
      if (m != null && m.actor().country() != null && !m.actor().country().equals(country) && inClause(s, verb, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one party of another country than the scene's that the passive's patient phrase names (its
   * subject, object, dative or argument phrase, at any depth short of a clause of its own: "In Teheran
   * wurde dem Team des ZDF verboten, zu berichten", "In Ankara wurde ein Reporter der BBC
   * ausgewiesen"), when the slots could not take it: the state of the scene acts on that party. Null
   * when the clause names a foreign actor elsewhere too ("nach Angaben der algerischen Botschaft") or
   * patients of two countries. Returns the party's token, or -1.
   */
  static int foreignPatientParty(SentenceView s, int verb, String country) {
    int party = -1;
    for (int k = 0; k < s.size(); k++) {
      Mention m = s.anyMention(k);
      if (m == null || m.actor().country() == null || m.actor().country().equals(country) || !inClause(s, verb, k)) {
        continue;
      }
      if (!inPatient(s, verb, k) || party >= 0 && !s.anyMention(party).actor().country().equals(m.actor().country())) {
        return -1;
      }
      party = party < 0 ? k : party;
    }
    return party;
  }

  /** The word hangs, below no clause of its own, on a patient phrase of the verb. */
  private static boolean inPatient(SentenceView s, int verb, int word) {
    for (int k = word, guard = 0; k >= 0 && guard < s.size(); k = s.head(k), guard++) {
      if (s.head(k) == verb) {
        return PATIENT.contains(s.deprel(k));
      }
      if (k != word && s.isVerbal(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The word belongs to the verb's own clause (not to a clause below it), or, for a participle clause
   * on a noun ("der Flüchtling, … festgehalten worden"), to that noun's phrase.
   */
  private static boolean inClause(SentenceView s, int verb, int word) {
    int noun = s.baseRel(verb).equals("acl") ? s.head(verb) : -1;
    for (int k = word, guard = 0; k >= 0 && guard < s.size(); k = s.head(k), guard++) {
      if (k == verb || k == noun) {
        return true;
      }
      if (k != word && s.isVerbal(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * The passive's patient is a person named by a proper name the actors stage cannot place ("Erst 1960
   * wurde Eichmann in Argentinien verhaftet"), and the scene is abroad, not the article's focus
   * country: whose citizen the named person is, is not said, and a stranger's arrest abroad is what
   * makes such a sentence news. In the focus country's own scene ("Magnitski wurde festgenommen" in
   * an article about Russia) the named person is taken for one of its people.
   */
  boolean strangerAbroad(SentenceView s, int verb, String country) {
    return country != null && !country.equals(countries.focus()) && namedPatient(s, verb);
  }

  /** The verb has a patient phrase of its own: a subject, object, dative or argument phrase. */
  private static boolean hasPatient(SentenceView s, int verb) {
    return s.children(verb).stream().anyMatch(c -> PATIENT.contains(s.deprel(c)));
  }

  /** A patient phrase of the verb is a person's proper name the actors stage cannot place. */
  private static boolean namedPatient(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      if (PATIENT.contains(s.deprel(c)) && namedPerson(s, c, 0)) {
        return true;
      }
    }
    return false;
  }

  /** A proper name tagged as a person, without an actor or with one of no country, heading the phrase or in apposition to its head. */
  private static boolean namedPerson(SentenceView s, int i, int depth) {
    Mention m = s.anyMention(i);
    if (s.upos(i).equals("PROPN") && "PER".equals(s.token(i).ner()) && (m == null || m.actor() == null || m.actor().country() == null)) {
      return true;
    }
    if (depth > 1) {
      return false;
    }
    for (int c : s.children(i)) {
      String rel = s.baseRel(c);
      if ((rel.equals("appos") || rel.equals("flat") || rel.equals("conj")) && namedPerson(s, c, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The passive names its agent, if not as an actor ("als die Familie vom Ehemann eingesperrt
   * wurde"): someone the sentence names acted, not the state of the scene.
   */
  static boolean agentPhrase(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      String rel = s.deprel(c);
      if (rel.equals("obl:agent") || rel.startsWith("obl") && s.grammar().is(EventGrammar.Kind.AGENT, s.preposition(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A state act that, told in the passive, falls on the state's own country when it names no one
   * (codebooks/implicit-actors.tsv: STATE with OWN_COUNTRY; or with SCENE_PEOPLE when the verb itself
   * is the act, "X wurde festgenommen", whose patient is the person it falls on: not a noun with a
   * support verb, "Anklage wird erhoben", whose patient is the charge).
   */
  boolean onOwnCountry(String code, boolean verbIsAct) {
    ImplicitActors actors = knowledge.implicitActors();
    List<ImplicitActors.Target> targets = actors.targets(code);
    return actors.agent(code) == ImplicitActors.Agent.STATE
        && (targets.contains(ImplicitActors.Target.OWN_COUNTRY) || verbIsAct && targets.contains(ImplicitActors.Target.SCENE_PEOPLE));
  }

  /**
   * Whom an agentless state act in {@code country} falls on: for a measure on the whole country
   * (OWN_COUNTRY) the country; for an act on an unnamed person (SCENE_PEOPLE, "Ein Verdächtiger wurde
   * festgenommen") that country's people of codebooks/scene-people.tsv, same country, other actor.
   */
  ActorRef onWhom(String code, String country) {
    ActorRef people = knowledge.implicitActors().targets(code).contains(ImplicitActors.Target.OWN_COUNTRY)
        ? null : knowledge.scenePeople().of(code, country);
    return people != null ? people : countries.actor(country);
  }
}
