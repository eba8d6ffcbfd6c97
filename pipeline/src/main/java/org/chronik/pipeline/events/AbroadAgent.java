package org.chronik.pipeline.events;

/**
 * A state's act on its own ground (codebooks/implicit-agents.tsv STATE: an arrest, a ban, a verdict)
 * told without an agent takes the agent of the kindred act told before ("In Brüssel durchsuchte die
 * Polizei Wohnungen. Zwei Männer wurden festgenommen"), but not when its sentence names a place
 * outside that agent's country ("In Italien wurde ein Algerier festgenommen"): the police of one state
 * do not arrest in another; the state of the place acts instead (or none). Stateless.
 */
final class AbroadAgent {
  private AbroadAgent() {}

  /** The antecedent agent {@code a} unless the sentence puts the state act {@code code} in another country. */
  static Discourse.Antecedent keep(EventCoder.Knowledge knowledge, SentenceView s, String code, Discourse.Antecedent a) {
    if (a == null || a.codebook() || a.actor().country() == null || knowledge.implicitActors().agent(code) != ImplicitActors.Agent.STATE) {
      return a;
    }
    return knowledge.places().namesPlaceOutside(s, a.actor().country()) ? null : a;
  }
}
