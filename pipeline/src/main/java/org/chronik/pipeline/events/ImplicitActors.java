package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.io.Tsv;

/**
 * Who the unnamed agent or target of an act is, by CAMEO code prefix, from {@code
 * codebooks/implicit-actors.tsv} (format in the README beside it). Immutable.
 */
final class ImplicitActors {
  enum Agent { STATE, NONE }

  enum Target {
    /** the focus country's government; needs an object phrase without an actor */
    GOVERNMENT,
    /** the focus country's government, also when the act has no object at all (protests) */
    GOVERNMENT_ALWAYS,
    /** the source's own country: a state's measure on its own people ("verhängte den Ausnahmezustand") */
    OWN_COUNTRY,
    /**
     * the source's own country, only for a source of its government, armed forces or legislature
     * (sectors in {@link #STATE_SECTORS}): "Das Militär leitete eine Untersuchung ein" is the state's own
     * affair, the police's or a prosecutor's inquiry into a crime is not
     */
    OWN_STATE,
    /**
     * told in the passive without an agent and with a patient that names no actor, the people of the
     * country the sentence names ("In Minsk wurden weitere Teilnehmer festgenommen"); never in the active
     */
    SCENE_PEOPLE,
    /** the agent of the act the object re-mentions ("verurteilte den Angriff": the attacker) */
    ACT_AGENT,
    /**
     * the target of the act the object re-mentions, told in the sentences just before: a claim of, regret
     * for or a call to an act is aimed at those it befell ("bekannte sich zu dem Angriff": the attacked)
     */
    ACT_TARGET
  }

  static final String RESOURCE = "/codebooks/implicit-actors.tsv";
  static final String SECTORS = "/codebooks/implicit-target-sectors.tsv";
  static final String ACTS = "/codebooks/implicit-target-acts.tsv";

  /** The CAMEO sectors of the state's political bodies: government, armed forces, legislature (OWN_STATE). */
  static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "LEG");

  private record Row(Agent agent, List<Target> targets, Set<String> agentFrom, Set<String> scene) {}

  private final Map<String, Row> byPrefix;
  private final Set<String> notAddressingGovernment;
  private final Map<String, Boolean> actsOfTheirAgent;

  private ImplicitActors(Map<String, Row> byPrefix, Set<String> notAddressingGovernment, Map<String, Boolean> actsOfTheirAgent) {
    this.byPrefix = Map.copyOf(byPrefix);
    this.notAddressingGovernment = Set.copyOf(notAddressingGovernment);
    this.actsOfTheirAgent = Map.copyOf(actsOfTheirAgent);
  }

  static ImplicitActors load() {
    Tsv.Table table = Tsv.Table.of(Tsv.resource(ImplicitActors.class, RESOURCE), RESOURCE);
    Map<String, Row> map = new HashMap<>();
    for (Tsv.Row row : table.rows()) {
      String prefix = table.get(row, "prefix");
      String agentName = table.get(row, "agent");
      String targetNames = table.get(row, "target");
      String agentFrom = table.get(row, "agent_from");
      String scene = table.get(row, "scene");
      try {
        if (!prefix.matches("\\d{2,4}") || !agentFrom.matches("-|\\d{2}(\\|\\d{2})*") || !scene.matches("-|\\*|[A-Z]{3,5}(\\|[A-Z]{3,5})*")) {
          throw new IllegalArgumentException("expected a code prefix, an agent, a target, the roots an agent comes from and the scene's sectors");
        }
        Agent agent = agentName.equals("-") ? Agent.NONE : Agent.valueOf(agentName);
        List<Target> targets = new ArrayList<>();
        if (!targetNames.equals("-")) {
          for (String t : targetNames.split("\\|")) {
            targets.add(Target.valueOf(t.strip()));
          }
        }
        Set<String> roots = agentFrom.equals("-") ? Set.of() : Set.of(agentFrom.split("\\|"));
        map.put(prefix, new Row(agent, List.copyOf(targets), roots, scene.equals("-") ? Set.of() : Set.of(scene.split("\\|"))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(row.where() + ": " + e.getMessage() + ": \"" + String.join("\t", row.fields()) + "\"", e);
      }
    }
    Tsv.Table sectors = Tsv.Table.of(Tsv.resource(ImplicitActors.class, SECTORS), SECTORS);
    Set<String> blocked = new java.util.HashSet<>();
    sectors.rows().forEach(r -> blocked.add(sectors.get(r, "sector")));
    Tsv.Table acts = Tsv.Table.of(Tsv.resource(ImplicitActors.class, ACTS), ACTS);
    Map<String, Boolean> ofAgent = new HashMap<>();
    for (Tsv.Row r : acts.rows()) {
      String anchor = acts.get(r, "anchor");
      if (!acts.get(r, "prefix").matches("\\d{2,4}") || !anchor.matches("yes|no")) {
        throw new IllegalArgumentException(r.where() + ": expected a code prefix and yes or no: \"" + String.join("\t", r.fields()) + "\"");
      }
      ofAgent.put(acts.get(r, "prefix"), anchor.equals("yes"));
    }
    return new ImplicitActors(map, blocked, ofAgent);
  }

  /**
   * Whether an act of this code, named in another act's target phrase (or, with {@code anchor}, as that
   * act's required word), is its own agent's, so the other act is never aimed at the focus government
   * ({@code codebooks/implicit-target-acts.tsv}).
   */
  boolean actOfItsAgent(String code, boolean anchor) {
    Boolean asAnchor = CodePrefixes.longest(actsOfTheirAgent, code);
    return asAnchor != null && (!anchor || asAnchor);
  }

  /**
   * Whether an act of this source without a named target may be aimed at the focus government: not
   * for a sector listed in {@code codebooks/implicit-target-sectors.tsv} (a court's "wies die Klagen
   * ab", a reporter's accusations against colleagues).
   */
  boolean mayAddressGovernment(ActorRef source) {
    return source.sector() == null || !notAddressingGovernment.contains(source.sector());
  }

  /** The implicit agent of a code (its longest listed prefix decides); NONE when none is listed. */
  Agent agent(String code) {
    Row row = row(code);
    return row == null ? Agent.NONE : row.agent();
  }

  /**
   * The roots of earlier acts whose agent an agentless act of this code takes: those listed (a killing
   * after an offensive: "Dabei wurden zehn Kämpfer getötet"), else only its own root.
   */
  Set<String> agentFrom(String code) {
    Row row = row(code);
    return row == null || row.agentFrom().isEmpty() ? Set.of(code.substring(0, 2)) : row.agentFrom();
  }

  /** Whether the code's row lists the roots of kindred acts it continues (violent acts). */
  boolean continuesKindredActs(String code) {
    Row row = row(code);
    return row != null && !row.agentFrom().isEmpty();
  }

  /**
   * The sectors of a scene actor that may be the agent of an act of this code that names none
   * (SceneActors; STATE: a country itself, *: any); empty when none may.
   */
  Set<String> sceneSectors(String code) {
    Row row = row(code);
    return row == null ? Set.of() : row.scene();
  }

  /** The implicit targets of a code, to try in order; empty when none is listed. */
  List<Target> targets(String code) {
    Row row = row(code);
    return row == null ? List.of() : row.targets();
  }

  private Row row(String code) {
    return CodePrefixes.longest(byPrefix, code);
  }
}
