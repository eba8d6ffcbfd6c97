package org.chronik.pipeline.events;

import static org.chronik.pipeline.events.ActorPhrase.actorOf;
import static org.chronik.pipeline.events.ActorPhrase.nextNameInPhrase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Mention;
import org.chronik.pipeline.attribution.Morphology;

/**
 * Finds the actors in a rule's slots: follows the slot's dependency relation from the trigger (and
 * from the rule's required object), then collects actors through coordination ("Putin und Xi").
 * Dependents that carry attribution ("laut Xinhua") are never arguments.
 */
final class ArgumentFinder {
  /** An actor found in a slot, with the token it was read from (-1: none) and how it was read. */
  record Arg(ActorRef actor, int token, ArgumentSource from) {
    /** An actor named in the slot's own phrase. */
    Arg(ActorRef actor, int token) {
      this(actor, token, ArgumentSource.SENTENCE);
    }
  }

  /** The mention kind of a pronoun the actors stage resolved. */
  private static final String PRONOUN = "PRONOUN";

  private final PairResolver pairs;
  private final Set<String> attributionPrepositions;
  private final SlotReader reader;
  private final Anaphora anaphora;

  ArgumentFinder(PairResolver pairs, Set<String> attributionPrepositions, Anaphora anaphora, Morphology morphology) {
    this.pairs = pairs;
    this.attributionPrepositions = attributionPrepositions;
    this.reader = new SlotReader(anaphora, morphology);
    this.anaphora = anaphora;
  }

  /** The actors of the first slot that yields any, with the slot that did. */
  List<Arg> find(SentenceView s, int trigger, int anchor, List<Slot> slots, boolean verb) {
    for (Slot slot : slots) {
      List<Arg> args = new ArrayList<>();
      for (int tok : reader.slotTokens(s, trigger, anchor, slot, verb)) {
        args.addAll(actorsWithConjuncts(s, tok, trigger));
      }
      if (!args.isEmpty()) {
        return args;
      }
    }
    List<Arg> aimed = new ArrayList<>();
    for (int tok : verb ? List.<Integer>of() : AimedObject.of(s, trigger)) {
      aimed.addAll(actorsWithConjuncts(s, tok, trigger)); // "Der Anschlag galt einem Posten der Armee"
    }
    return aimed;
  }

  /**
   * The actors of a rule's source slots; for an act noun whose slots name none, the author its verb of
   * origin names ("Kritik kam von der Opposition": OriginPhrase).
   */
  List<Arg> sources(SentenceView s, int trigger, int anchor, List<Slot> slots, boolean verb) {
    List<Arg> args = new ArrayList<>();
    for (Slot slot : slots) {
      for (int tok : reader.slotTokens(s, trigger, anchor, slot, verb)) {
        if (!ActorPhrase.position(s, tok)) { // "der Beschuss von Stellungen der YPG": the YPG is shelled, not shelling
          args.addAll(actorsWithConjuncts(s, tok, trigger));
        }
      }
      if (!args.isEmpty()) {
        break;
      }
    }
    if (args.isEmpty() && !verb) {
      for (int tok : OriginPhrase.of(s, trigger)) {
        args.addAll(actorsWithConjuncts(s, tok, trigger));
      }
    }
    if (args.isEmpty() && !verb) {
      for (int tok : LightVerbs.agents(s, trigger)) { // "nahm Gespräche mit X auf", "beteiligte sich an dem Krieg"
        args.addAll(actorsWithConjuncts(s, tok, trigger));
      }
    }
    return args;
  }

  /**
   * For slots whose phrase names no actor but a place ("griff Ziele im Libanon an", "Dörfer in
   * Darfur"): the country of that place, the first slot that has one. The place phrase must hang
   * on the slot's head noun.
   */
  List<Arg> places(SentenceView s, int trigger, int anchor, List<Slot> slots, boolean verb, PlaceFinder placeFinder,
      FocusCountry countries, boolean clausePlace) {
    for (Slot slot : slots) {
      for (int tok : reader.slotTokens(s, trigger, anchor, slot, verb)) {
        // "Besuch in Bagdad", "Angriff auf Charkiw"; a city or region as the object only of a material
        // act ("beschoss Charkiw", "griff die Stadt Aleppo an"; a country there is an actor the finder
        // read or refused: "keine Deutschen"). Not a noun's genitive ("die Annexion der Krim durch
        // Russland und den Krieg von Separatisten"): noun phrases coordinate their agents too loosely.
        boolean patient = clausePlace && slot.type() == Slot.Type.OBJ;
        String own = slot.type() == Slot.Type.PREP ? placeFinder.countryOf(s, tok) : patient ? placeFinder.locationCountry(s, tok) : null;
        if (own != null) {
          return List.of(new Arg(countries.actor(own), tok));
        }
        String key = placeFinder.countryBelow(s, tok);
        if (key != null && ActorPhrase.actorOf(s, tok) == null) {
          return List.of(new Arg(countries.actor(key), tok));
        }
      }
    }
    // a material attack on things in a place ("bombardierte Stellungen in Syrien", the place on the verb)
    if (clausePlace && verb && slots.stream().anyMatch(x -> x.type() == Slot.Type.OBJ)) {
      String key = placeFinder.targetCountry(s, trigger);
      if (key != null) {
        return List.of(new Arg(countries.actor(key), -1));
      }
    }
    return List.of();
  }

  /** The heads of every phrase in the slots, actor or not. */
  List<Integer> phrases(SentenceView s, int trigger, int anchor, List<Slot> slots, boolean verb) {
    List<Integer> out = new ArrayList<>();
    for (Slot slot : slots) {
      out.addAll(reader.slotTokens(s, trigger, anchor, slot, verb));
    }
    return out;
  }

  /** True when some slot has a phrase at all ("den Vorschlag"), actor or not. */
  boolean hasPhrase(SentenceView s, int trigger, int anchor, List<Slot> slots, boolean verb) {
    for (Slot slot : slots) {
      if (!reader.slotTokens(s, trigger, anchor, slot, verb).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Mentions in the slots whose actor has no country: found, but unable to act (for explanations). */
  List<Mention> countryless(SentenceView s, int trigger, int anchor, List<Slot> slots, boolean verb) {
    List<Mention> out = new ArrayList<>();
    for (Slot slot : slots) {
      for (int tok : reader.slotTokens(s, trigger, anchor, slot, verb)) {
        Mention m = s.anyMention(tok);
        if (m != null && m.actor() != null && m.actor().country() == null && !out.contains(m)) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** The actors of a slot head and of every conjunct coordinated with it (a possessive on the act noun {@code trigger} its agent). */
  private List<Arg> actorsWithConjuncts(SentenceView s, int slotHead, int trigger) {
    List<Arg> out = new ArrayList<>();
    int antecedent = RelativePronoun.antecedent(s, slotHead);
    int head = antecedent >= 0 ? antecedent : slotHead; // a relative pronoun stands for its noun
    Set<Integer> heads = new LinkedHashSet<>();
    heads.add(head);
    for (int c : s.children(head)) {
      String rel = s.baseRel(c);
      if (rel.equals("conj")) {
        heads.add(c);
      } else if ((rel.equals("appos") || rel.equals("flat")) && !ActorPhrase.addedSide(s, c)) { // not "…, auch X und Y"
        if (NestedConjuncts.opensList(s, head, c)) {
          heads.add(c); // "die Außenminister Russlands, der Türkei und Irans": a list the parser began as an apposition
        }
        // "der Präsident Wladimir Putin und Chinas Staatschef …": the parser coordinates the name
        for (int g : s.children(c)) {
          if (s.baseRel(g).equals("conj")) {
            heads.add(g);
          }
        }
      }
    }
    heads.addAll(DetachedConjuncts.of(s, head)); // "gegen die Miliz, die im Norden aktiv ist, gegen die Armee …"
    int partner = BetweenPartner.of(s, head); // "zwischen dem Minister, X, und Politikern …" with the last hung elsewhere
    if (partner >= 0) {
      heads.add(partner);
    }
    for (int h : heads) {
      if (isAttribution(s, h) || ActorPhrase.negated(s, h) || ActorPhrase.compared(s, h)) {
        continue; // "laut Xinhua" reports; "keine Deutschen" names who is not there; "analog zur OPEC" a model
      }
      List<Mention> plural = s.mentions(h);
      if (plural.size() > 1) {
        plural.forEach(m -> out.add(new Arg(m.actor(), h)));
        continue;
      }
      List<ActorRef> pair = pairs.resolve(s, h);
      if (!pair.isEmpty()) {
        pair.forEach(a -> out.add(new Arg(a, h)));
        continue;
      }
      List<ActorRef> sides = ActorPhrase.coordinatedAdjectives(s, h);
      if (!sides.isEmpty()) {
        sides.forEach(a -> out.add(new Arg(a, h)));
        continue;
      }
      Mention m = actorOf(s, h);
      if (m == null && h != head) {
        m = nextNameInPhrase(s, head, h, out);
      }
      if (m != null) {
        out.add(new Arg(m.actor(), h, m.kind().equals(PRONOUN) ? ArgumentSource.PRONOUN : ArgumentSource.SENTENCE));
        NestedConjuncts.of(s, h, m).forEach(n -> out.add(new Arg(n.actor(), h))); // "Vertreter von Frankreich und Deutschland"
        continue;
      }
      Arg back = anaphora.resolve(s, h, trigger); // "er", "die Organisation", "ihre Sanktionen": an actor named before
      if (back != null) {
        out.add(back);
      }
    }
    return out;
  }

  private boolean isAttribution(SentenceView s, int tok) {
    String p = s.preposition(tok);
    return p != null && attributionPrepositions.contains(p);
  }
}
