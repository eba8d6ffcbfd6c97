package org.chronik.pipeline.events;

import java.util.Locale;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.Event;
import org.chronik.model.Mention;

/**
 * Whom an agentless arrest befell when its patient is a noun of fighting: "In Gao wurden zwölf Islamisten
 * festgenommen", "In Cali wurden zwölf Guerillakämpfer festgenommen". The arrested are an armed group of
 * the scene, not the state's own civilians the act falls on by default: the group the actors stage linked
 * to the patient when its sector is REB (given the scene's country when it has none: "Islamists" in Mali),
 * else, for a word of {@code words/fighter-patients.txt} (a compound ending in one counts), the fighters of
 * {@code codebooks/scene-fighters.tsv}. A named group of no state ("IS-Kämpfer": the Islamic State) stays
 * itself. Stateless; the table is loaded once.
 */
final class FighterPatient {
  static final String TABLE = "/codebooks/scene-fighters.tsv";
  private static final ScenePeople FIGHTERS = ScenePeople.load(TABLE);
  private static final String REB = "REB";

  private FighterPatient() {}

  /** The armed group the act's patient names, or null when the patient is no noun of fighting. */
  static ActorRef of(Event e, SentenceView s, int trigger, Set<String> fighters) {
    int patient = PriorArrestee.patient(s, trigger);
    if (patient < 0) {
      return null;
    }
    String country = e.source().country();
    Mention m = s.anyMention(patient);
    ActorRef a = m == null ? null : m.actor();
    if (a != null && REB.equals(a.sector())) {
      return a.country() != null || a.type() != ActorType.GROUP || !a.id().startsWith("group:") ? a
          : new ActorRef(a.id() + ":" + country, a.name(), a.type(), country, a.sector(), a.role(), a.wikidata());
    }
    String word = s.word(patient).toLowerCase(Locale.ROOT);
    String lemma = s.lemma(patient).toLowerCase(Locale.ROOT);
    boolean fighting = a == null && s.upos(patient).equals("NOUN")
        && fighters.stream().anyMatch(f -> word.endsWith(f) || lemma.endsWith(f));
    return fighting ? FIGHTERS.of(e.code().code(), country) : null;
  }
}
