package org.chronik.pipeline.events;

import java.util.List;
import java.util.Locale;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;

/**
 * The crowd a state's force falls on when the sentence names no one: "Die Polizei schoss in die Luft",
 * "Soldaten gaben Warnschüsse ab", "Die Polizei drängte die Menge zurück". An analyst codes crowd
 * control at a protest as the state against its protesters. For an act of a code listed in {@code
 * codebooks/crowd-control.tsv} with no target, whose agents are all the state of one country (a
 * {@code STATE_SECTOR} of {@code crowds.tsv}: police, army, government, or the country itself), the
 * target is that country's group of the listed name ("Protesters"), only in an article that names that
 * group somewhere: police firing into the air at a wedding or hunters' warning shots have no crowd.
 * The mirror: an agentless act of such a code on that group alone ("beim Vorgehen gegen Demonstranten")
 * is its own state's ({@link #stateOn}). Immutable; built and held by {@link ProtestCrowd}.
 */
final class CrowdTarget {
  static final String TABLE = "/codebooks/crowd-control.tsv";

  private final ScenePeople crowds;
  private final RiotCrowd state;

  CrowdTarget(ScenePeople crowds, RiotCrowd state) {
    this.crowds = crowds;
    this.state = state;
  }

  /** The scene's crowd as the target of an act of {@code code} by {@code agents}, or null. */
  ActorRef of(String code, List<ActorRef> agents, FocusCountry countries) {
    if (agents.isEmpty()) {
      return null;
    }
    String country = agents.get(0).country();
    for (ActorRef a : agents) {
      if (country == null || !country.equals(a.country()) || !(a.type() == ActorType.COUNTRY || state.state(a.sector()))) {
        return null; // rebels' or a foreign state's shots are no crowd control at home
      }
    }
    ActorRef crowd = crowds.of(code, country);
    if (crowd == null) {
      return null;
    }
    return countries.names(a -> crowdOf(a, crowd, country)) ? crowd : null;
  }

  /**
   * The country whose state did an agentless act of {@code code} on its own crowd ("das Vorgehen gegen
   * Demonstranten", "die Niederschlagung der Proteste"), or null: every target is that country's
   * group of the listed name.
   */
  String stateOn(String code, List<ActorRef> targets) {
    String country = targets.isEmpty() ? null : targets.get(0).country();
    ActorRef crowd = crowds.of(code, country);
    return crowd != null && targets.stream().allMatch(t -> crowdOf(t, crowd, country)) ? country : null;
  }

  private static boolean crowdOf(ActorRef a, ActorRef crowd, String country) {
    return a.type() == ActorType.GROUP && country.equals(a.country())
        && (" " + a.name().toLowerCase(Locale.ROOT)).endsWith(" " + crowd.name().toLowerCase(Locale.ROOT));
  }
}
