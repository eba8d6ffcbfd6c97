package org.chronik.pipeline.events;

import static org.chronik.pipeline.events.Dependents.adjacentPhrase;
import static org.chronik.pipeline.events.Dependents.datives;
import static org.chronik.pipeline.events.Dependents.dependents;
import static org.chronik.pipeline.events.Dependents.dependentsExact;
import static org.chronik.pipeline.events.Dependents.genitives;
import static org.chronik.pipeline.events.Dependents.gluedNames;
import static org.chronik.pipeline.events.Dependents.governedAsComplement;
import static org.chronik.pipeline.events.Dependents.hasZu;
import static org.chronik.pipeline.events.Dependents.namesOnTimes;
import static org.chronik.pipeline.events.Dependents.objects;
import static org.chronik.pipeline.events.Dependents.pastKicker;
import static org.chronik.pipeline.events.Dependents.phraseHeads;
import static org.chronik.pipeline.events.Dependents.precedingModifiers;
import static org.chronik.pipeline.events.Dependents.prepDependents;
import static org.chronik.pipeline.events.Dependents.secondSubjects;
import static org.chronik.pipeline.events.ActorPhrase.actorOf;
import static org.chronik.pipeline.events.ActorPhrase.hyphenPrefix;
import static org.chronik.pipeline.events.ActorPhrase.nextNameInPhrase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.Mention;

/**
 * Finds the actors in a rule's slots: follows the slot's dependency relation from the trigger (and
 * from the rule's required object), then collects actors through coordination ("Putin und Xi").
 * Dependents that carry attribution ("laut Xinhua") are never arguments.
 */
final class ArgumentFinder {
  /** An actor found in a slot, with the token it was read from. */
  record Arg(ActorRef actor, int token) {}

  private final PairResolver pairs;
  private final Set<String> attributionPrepositions;
  private final Set<String> objectControl;

  ArgumentFinder(PairResolver pairs, Set<String> attributionPrepositions, Set<String> objectControl) {
    this.pairs = pairs;
    this.attributionPrepositions = attributionPrepositions;
    this.objectControl = objectControl;
  }

  /** The actors of the first slot that yields any, with the slot that did. */
  List<Arg> find(SentenceView s, int trigger, int anchor, List<Slot> slots, boolean verb) {
    for (Slot slot : slots) {
      List<Arg> args = new ArrayList<>();
      for (int tok : slotTokens(s, trigger, anchor, slot, verb)) {
        args.addAll(actorsWithConjuncts(s, tok));
      }
      if (!args.isEmpty()) {
        return args;
      }
    }
    return List.of();
  }

  /**
   * For slots whose phrase names no actor but a place ("griff Ziele im Libanon an", "Dörfer in
   * Darfur"): the country of that place, the first slot that has one. The place phrase must hang
   * on the slot's head noun.
   */
  List<Arg> places(SentenceView s, int trigger, int anchor, List<Slot> slots, boolean verb, PlaceFinder placeFinder,
      FocusCountry countries, boolean clausePlace) {
    for (Slot slot : slots) {
      for (int tok : slotTokens(s, trigger, anchor, slot, verb)) {
        String own = slot.type() == Slot.Type.PREP ? placeFinder.countryOf(s, tok) : null;
        if (own != null) {
          return List.of(new Arg(countries.actor(own), tok)); // "Besuch in Bagdad", "Angriff auf Charkiw"
        }
        String key = placeFinder.countryBelow(s, tok);
        if (key != null && ActorPhrase.actorOf(s, tok) == null) {
          return List.of(new Arg(countries.actor(key), tok));
        }
      }
    }
    // a material attack on things in a place ("bombardierte Stellungen in Syrien", the place on the verb)
    if (clausePlace && verb && slots.stream().anyMatch(x -> x.type() == Slot.Type.OBJ)) {
      String key = placeFinder.country(s, trigger);
      if (key != null) {
        return List.of(new Arg(countries.actor(key), -1));
      }
    }
    return List.of();
  }

  /** True when some slot has a phrase at all ("den Vorschlag"), actor or not. */
  boolean hasPhrase(SentenceView s, int trigger, int anchor, List<Slot> slots, boolean verb) {
    for (Slot slot : slots) {
      if (!slotTokens(s, trigger, anchor, slot, verb).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Mentions in the slots whose actor has no country: found, but unable to act (for explanations). */
  List<Mention> countryless(SentenceView s, int trigger, int anchor, List<Slot> slots, boolean verb) {
    List<Mention> out = new ArrayList<>();
    for (Slot slot : slots) {
      for (int tok : slotTokens(s, trigger, anchor, slot, verb)) {
        Mention m = s.anyMention(tok);
        if (m != null && m.actor() != null && m.actor().country() == null && !out.contains(m)) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private List<Integer> slotTokens(SentenceView s, int trigger, int anchor, Slot slot, boolean verb) {
    boolean passive = verb && s.isPassive(trigger);
    List<Integer> out = new ArrayList<>();
    switch (slot.type()) {
      case NSUBJ -> {
        if (passive) {
          out.addAll(prepDependents(s, trigger, s.grammar().all(EventGrammar.Kind.AGENT)));
          if (out.isEmpty() && s.baseRel(trigger).equals("conj") && s.isPassive(s.head(trigger))) {
            // "von serbischen Sicherheitskräften gefunden und verhaftet": the agent hangs on the first conjunct
            out.addAll(prepDependents(s, s.head(trigger), s.grammar().all(EventGrammar.Kind.AGENT)));
          }
        } else {
          out.addAll(controllingSubject(s, trigger));
        }
      }
      case OBJ -> {
        out.addAll(passive ? dependentsExact(s, trigger, "nsubj:pass") : objects(s, trigger, anchor));
        if (out.isEmpty() && passive && s.baseRel(trigger).equals("conj") && s.isPassive(s.head(trigger))) {
          out.addAll(dependentsExact(s, s.head(trigger), "nsubj:pass")); // the patient of the first conjunct
        }
        if (out.isEmpty() && !passive) {
          out.addAll(secondSubjects(s, trigger));
        }
        if (out.isEmpty() && !passive) {
          out.addAll(namesOnTimes(s, trigger));
        }
        if (out.isEmpty() && !passive) {
          // the German model often writes a bare accusative name as obl:arg ("greift Israel an");
          // one before the subject is more likely a subject it mislabelled, so it is left alone
          List<Integer> subjects = s.subjects(trigger);
          int subject = subjects.isEmpty() ? -1 : subjects.get(0);
          for (int candidate : datives(s, trigger, anchor)) {
            if (candidate > subject) {
              out.add(candidate);
            }
          }
        }
      }
      case IOBJ -> {
        out.addAll(datives(s, trigger, anchor));
        if (out.isEmpty()) {
          out.addAll(objects(s, trigger, anchor));
        }
        if (out.isEmpty() && anchor >= 0) {
          out.addAll(precedingModifiers(s, anchor));
        }
        if (out.isEmpty() && !passive) {
          out.addAll(secondSubjects(s, trigger));
        }
        if (out.isEmpty()) {
          out.addAll(gluedNames(s, trigger));
        }
      }
      case PREP -> {
        Set<String> preps = Set.of(slot.arg());
        // the phrase may hang on the trigger, on its objects, or (parser's choice) one level lower
        for (int head : phraseHeads(s, trigger, anchor)) {
          out.addAll(prepDependents(s, head, preps));
        }
        if (anchor >= 0) {
          out.addAll(adjacentPhrase(s, anchor, slot.arg()));
        }
        if (!verb) {
          out.addAll(adjacentPhrase(s, trigger, slot.arg()));
        }
      }
      case GEN -> {
        out.addAll(genitives(s, trigger));
        if (anchor >= 0) {
          out.addAll(genitives(s, anchor));
        }
      }
      case ANCHOR -> {
        if (anchor >= 0) {
          out.add(anchor);
        }
      }
      case CONTEXT -> {
        // no token in this sentence: the coder asks the discourse (Discourse) when all else is empty
      }
      case AMOD -> {
        for (int head : anchor >= 0 ? new int[] {trigger, anchor} : new int[] {trigger}) {
          for (int c : s.children(head)) {
            if (s.baseRel(c).equals("amod") && s.mention(c) != null) {
              out.add(c);
            }
          }
        }
      }
      case COMPOUND -> {
        for (int head : anchor >= 0 ? new int[] {trigger, anchor} : new int[] {trigger}) {
          int first = hyphenPrefix(s, head);
          if (first >= 0) {
            out.add(first);
          }
          for (int c : s.children(head)) {
            if (s.baseRel(c).equals("compound") && s.mention(c) != null) {
              out.add(c);
            }
          }
        }
      }
      case HEAD_SUBJECT, HEAD_OBJECT -> {
        int gov = s.clauseHead(trigger);
        // only a support verb lends its subject ("setzten ihre Proteste fort"); another verb acts on
        // the noun ("schlug die Proteste nieder", "nannte die Sanktionen …")
        if (gov != trigger && governedAsComplement(s, trigger)) {
          boolean pass = s.isPassive(gov);
          if (slot.type() == Slot.Type.HEAD_SUBJECT) {
            out.addAll(pass ? prepDependents(s, gov, s.grammar().all(EventGrammar.Kind.AGENT)) : s.subjects(gov));
          } else {
            for (int c : pass ? dependentsExact(s, gov, "nsubj:pass") : objects(s, gov, trigger)) {
              if (c != trigger) {
                out.add(c);
              }
            }
            out.addAll(datives(s, gov, trigger));
          }
        }
      }
    }
    return out;
  }

  /**
   * The subject of a verb; an infinitive or coordinated verb without one shares its governor's
   * ("China ist bereit, X zu unterstützen", "trafen sich und unterzeichneten").
   */
  private List<Integer> controllingSubject(SentenceView s, int verb) {
    int cur = verb;
    for (int level = 0; cur >= 0 && level < 3; level++) {
      if (level > 0 && objectControl.contains(s.lemma(cur))) {
        // "warnte Peking davor, … zu unterstützen": the one warned is the one who would act
        List<Integer> objects = objects(s, cur, -1);
        objects.addAll(datives(s, cur, -1));
        if (!objects.isEmpty()) {
          return objects.subList(0, 1);
        }
      }
      List<Integer> subjects = s.subjects(cur);
      if (!subjects.isEmpty()) {
        return List.of(pastKicker(s, subjects.get(0)));
      }
      String rel = s.baseRel(cur);
      if (!(rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl") && hasZu(s, cur))) {
        break;
      }
      cur = s.head(cur);
    }
    return List.of();
  }

  /** The actors of a slot head and of every conjunct coordinated with it. */
  private List<Arg> actorsWithConjuncts(SentenceView s, int slotHead) {
    List<Arg> out = new ArrayList<>();
    int antecedent = s.antecedent(slotHead);
    int head = antecedent >= 0 ? antecedent : slotHead; // a relative pronoun stands for its noun
    Set<Integer> heads = new LinkedHashSet<>();
    heads.add(head);
    for (int c : s.children(head)) {
      String rel = s.baseRel(c);
      if (rel.equals("conj")) {
        heads.add(c);
      } else if (rel.equals("appos") || rel.equals("flat")) {
        // "der Präsident Wladimir Putin und Chinas Staatschef …": the parser coordinates the name
        for (int g : s.children(c)) {
          if (s.baseRel(g).equals("conj")) {
            heads.add(g);
          }
        }
      }
    }
    for (int h : heads) {
      if (isAttribution(s, h)) {
        continue;
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
        out.add(new Arg(m.actor(), h));
      }
    }
    return out;
  }

  private boolean isAttribution(SentenceView s, int tok) {
    String p = s.preposition(tok);
    return p != null && attributionPrepositions.contains(p);
  }
}
