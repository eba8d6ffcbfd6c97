package org.chronik.pipeline.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * The person a state arrests or sentences when the actor data cannot place that person: a name it
 * does not know ("Die Polizei nahm Ahmed K. fest") or a word that names someone without saying whose
 * ("gegen einen Verdächtigen Anklage erhoben", "der 70-Jährige wurde von der Polizei abgeführt";
 * {@code words/countryless-patients.txt}). An analyst codes such a person as a civilian of the acting
 * state, as the agentless arrest of an unnamed person already is ({@code codebooks/scene-people.tsv},
 * whose code prefixes this reads; {@link ArrestedOrigin} still gives them the origin a later sentence
 * tells). Only when the act's target slots name such a person and no actor of a country, the source
 * is one state's authority (the country itself or a body of sector {@link #AUTHORITIES}), that state is
 * the one the article is about (its focus country: not "die Bundespolizei" linked to Germany in an
 * article about Brazil, nor a court "in Den Haag" in an article about Sudan), and the patient's own phrase names no actor of another country ("einen Verdächtigen aus
 * Syrien"); the rest of the clause may ("wegen des Anschlags von Paris", "bei dem Versuch, nach Katar
 * auszureisen"). Stateless.
 */
final class CountrylessPatients {
  /** Sectors of a state body that arrests, charges or sentences. */
  static final Set<String> AUTHORITIES = Set.of("GOV", "COP", "JUD", "MIL");
  /** Shortest list word that also ends a compound ("Tatverdächtige", "70-Jährige"). */
  private static final int COMPOUND_MIN = 4;
  static final String WORDS = "countryless-patients";
  /** Relations that open a clause of its own below a patient: what it names is not the patient's. */
  private static final Set<String> CLAUSES = Set.of("acl", "advcl", "ccomp", "xcomp", "parataxis", "conj");
  private static final int MAX_DEPTH = 4;

  private CountrylessPatients() {}

  /** What the act needs to know: the sentence, its trigger and rule match, and the article's focus country. */
  record Act(SentenceView s, int trigger, RuleMatcher.Match match, String focus) {}

  /** The acting state's people when the act's patient is a person nobody placed, else {@code targets} unchanged. */
  static List<Arg> apply(EventCoder.Knowledge knowledge, ArgumentFinder finder, Act act, List<Arg> sources, List<Arg> targets) {
    if (!targets.isEmpty() || sources.size() != 1) {
      return targets;
    }
    ActorRef source = sources.get(0).actor();
    String country = source.country();
    EventRule rule = act.match().rule();
    ActorRef people = knowledge.scenePeople().of(rule.code(), country);
    if (people == null || !authority(source) || !country.equals(act.focus())) {
      return targets;
    }
    boolean verb = rule.kind() == EventRule.Kind.VERB;
    List<Integer> heads = finder.phrases(act.s(), act.trigger(), act.match().anchor(), rule.target(), verb);
    if (heads.stream().anyMatch(h -> foreign(act.s(), h, country, 0))) {
      return targets; // "einen Verdächtigen aus Syrien": someone of that country may be the one arrested
    }
    List<Mention> unplaced = finder.countryless(act.s(), act.trigger(), act.match().anchor(), rule.target(), verb);
    boolean named = !unplaced.isEmpty() && unplaced.stream().allMatch(m -> m.actor().type() == ActorType.PERSON);
    Set<String> words = knowledge.lexicon().lists().words(WORDS);
    boolean described = unplaced.isEmpty() && heads.stream().anyMatch(h -> person(act.s(), h, words));
    return named || described ? List.of(new Arg(people, -1, ArgumentSource.IMPLICIT)) : targets;
  }

  private static boolean authority(ActorRef source) {
    return source.country() != null && source.country().length() == 3 && FocusCountry.isState(source)
        && (source.type() == ActorType.COUNTRY || source.sector() != null && AUTHORITIES.contains(source.sector()));
  }

  /** The patient's phrase, short of a clause of its own, names an actor of another country. */
  private static boolean foreign(SentenceView s, int i, String country, int depth) {
    Mention m = s.anyMention(i);
    if (m != null && m.actor().country() != null && !m.actor().country().equals(country)) {
      return true;
    }
    if (depth >= MAX_DEPTH) {
      return false;
    }
    for (int c : s.children(i)) {
      if (!CLAUSES.contains(s.baseRel(c)) && foreign(s, c, country, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean person(SentenceView s, int i, Set<String> words) {
    if (s.upos(i).equals("PRON") || s.anyMention(i) != null) {
      return false; // a pronoun stands for someone told before; a mention is an actor the slots already read
    }
    String word = s.word(i).toLowerCase(Locale.ROOT);
    String lemma = s.lemma(i).toLowerCase(Locale.ROOT);
    return words.contains(word) || words.contains(lemma)
        || words.stream().anyMatch(p -> p.length() >= COMPOUND_MIN && (lemma.endsWith(p) || word.endsWith(p)));
  }
}
