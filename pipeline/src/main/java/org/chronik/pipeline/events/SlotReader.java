package org.chronik.pipeline.events;

import static org.chronik.pipeline.events.ActorPhrase.hyphenPrefix;
import static org.chronik.pipeline.events.Dependents.adjacentPhrase;
import static org.chronik.pipeline.events.Dependents.datives;
import static org.chronik.pipeline.events.Dependents.dependentsExact;
import static org.chronik.pipeline.events.Dependents.genitives;
import static org.chronik.pipeline.events.Dependents.gluedNames;
import static org.chronik.pipeline.events.Dependents.governedAsComplement;
import static org.chronik.pipeline.events.Dependents.namesOnTimes;
import static org.chronik.pipeline.events.Dependents.objects;
import static org.chronik.pipeline.events.Dependents.phraseHeads;
import static org.chronik.pipeline.events.Dependents.precedingModifiers;
import static org.chronik.pipeline.events.Dependents.prepDependents;
import static org.chronik.pipeline.events.Dependents.secondSubjects;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.pipeline.attribution.Morphology;

/**
 * Reads a rule's slot in the dependency parse: the tokens that head the phrases a slot names (the
 * subject, the object, a prepositional phrase …), following the parser's relations from the trigger
 * and from the rule's required object. Whether those phrases name actors is ArgumentFinder's job.
 */
final class SlotReader {
  private final Anaphora anaphora;
  private final Morphology morphology;

  SlotReader(Anaphora anaphora, Morphology morphology) {
    this.anaphora = anaphora;
    this.morphology = morphology;
  }

  /** The heads of the phrases in a slot, in the parser's order; empty when the slot has none. */
  List<Integer> slotTokens(SentenceView s, int trigger, int anchor, Slot slot, boolean verb) {
    boolean shortPassive = verb && AgentParticiple.is(s, trigger); // "…, unterstützt von Soldaten der NATO, …"
    boolean passive = verb && (s.isPassive(trigger) || shortPassive);
    List<Integer> out = new ArrayList<>();
    switch (slot.type()) {
      case NSUBJ -> {
        if (passive) {
          out.addAll(prepDependents(s, trigger, s.grammar().all(EventGrammar.Kind.AGENT)));
          if (out.isEmpty() && s.baseRel(trigger).equals("conj") && s.isPassive(s.head(trigger))) {
            // "von serbischen Sicherheitskräften gefunden und verhaftet": the agent hangs on the first conjunct
            out.addAll(prepDependents(s, s.head(trigger), s.grammar().all(EventGrammar.Kind.AGENT)));
          }
          if (out.isEmpty()) {
            out.addAll(LowAgentPhrase.of(s, trigger)); // "dass die Angriffe auf X von Kämpfern der Y ausgeführt wurden"
          }
          if (out.isEmpty()) {
            out.addAll(CourtPhrase.of(s, trigger)); // "ist vor dem Haager Tribunal angeklagt"
          }
          List<Integer> examples = ExampleAgent.of(s, trigger, out); // "von einigen Rednern, wie zum Beispiel von Vertretern Russlands, … betont"
          if (!examples.isEmpty() && out.stream().noneMatch(a -> ActorPhrase.actorOf(s, a) != null)) {
            out.clear();
            out.addAll(examples);
          }
        } else {
          out.addAll(anaphora.clauseSubject().of(s, trigger));
          if (out.isEmpty()) {
            out.addAll(CountedCrowd.of(s, trigger)); // "versammelten sich Tausende von Demonstranten", the crowd hung on the verb
          }
        }
      }
      case OBJ -> {
        out.addAll(passive ? dependentsExact(s, trigger, "nsubj:pass") : SharedObject.of(s, trigger, objects(s, trigger, anchor)));
        int perfect = ClauseLinks.perfectGovernor(s, trigger);
        if (out.isEmpty() && !passive && perfect >= 0) {
          out.addAll(objects(s, perfect, anchor)); // "Die Armee hatte Misrata … angegriffen", parsed with "hatte" as main verb
        }
        if (out.isEmpty() && !passive) {
          for (int subject : s.subjects(trigger)) {
            if (anaphora.demonstrativeOn(s, subject) >= 0) {
              out.add(subject); // "beschuldigte dieser Israel": the name the parser made the subject is the object
            }
          }
        }
        if (out.isEmpty() && passive && s.baseRel(trigger).equals("conj") && s.isPassive(s.head(trigger))
            && !OwnClausePatient.has(s, trigger)) {
          out.addAll(dependentsExact(s, s.head(trigger), "nsubj:pass")); // the patient of the first conjunct
        }
        if (out.isEmpty() && passive && !shortPassive) {
          // "kam in Lima an und wurde vom Staatschef Perus empfangen": the first verb's subject
          out.addAll(SharedObject.patientOfActive(s, trigger, v -> anaphora.clauseSubject().of(s, v)));
        }
        if (out.isEmpty() && shortPassive) {
          out.addAll(AgentParticiple.patients(s, trigger));
        }
        if (out.isEmpty() && !passive) {
          out.addAll(secondSubjects(s, trigger));
        }
        if (out.isEmpty() && !passive) {
          out.addAll(namesOnTimes(s, trigger));
        }
        if (out.isEmpty() && !passive) {
          out.addAll(MisplacedNames.onPhrases(s, trigger)); // "tötete bei einem Luftangriff Qasem Soleimani"
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
          if (out.isEmpty()) {
            out.addAll(TrailingAgent.of(s, trigger, slot.arg())); // "die Entführung zweier Ingenieure durch Kämpfer der Miliz"
          }
        }
        if (out.isEmpty() && anchor >= 0) {
          // "erklärte die Bereitschaft, mit dem Iran zu verhandeln": the phrase is in the infinitive that says what the noun is about
          for (int clause : Infinitives.subjectless(s, trigger, anchor)) {
            out.addAll(prepDependents(s, clause, preps));
          }
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
      case CLAUSE_SUBJECT -> {
        for (int clause : ClauseLinks.contentClauses(s, trigger)) {
          // the one asked to act, not a passive's patient ("verlangte, dass die Geiseln freigelassen werden")
          if (!s.isPassive(clause)) {
            out.addAll(s.subjects(clause));
          }
        }
      }
      case REPORTED_SUBJECT -> out.addAll(ReportedSubjects.of(s, trigger, anaphora.clauseSubject())); // "kritisierte, dass die Türkei …"
      case SPEAKER -> out.addAll(JudgingSpeaker.of(s, trigger, anaphora.quotes())); // "X sei ein Verstoß gegen den Vertrag, hieß es aus Ankara"
      case CONTEXT -> {
        // no token in this sentence: the coder asks the discourse (Discourse) when all else is empty
      }
      case AMOD -> {
        for (int head : anchor >= 0 ? new int[] {trigger, anchor} : new int[] {trigger}) {
          if (ActorPhrase.privateBody(s, head)) {
            continue; // "wies einen britischen Pressebericht zurück": where the report comes from, not the state
          }
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
        // "Es kam zu Protesten": the expletive subject of an occurrence verb is nobody
        if (gov != trigger && governedAsComplement(s, trigger) && !Occurrence.expletive(s, gov)) {
          boolean pass = s.isPassive(gov);
          if (slot.type() == Slot.Type.HEAD_SUBJECT) {
            out.addAll(pass ? prepDependents(s, gov, s.grammar().all(EventGrammar.Kind.AGENT)) : s.subjects(gov));
            if (pass && out.isEmpty()) {
              out.addAll(LowAgentPhrase.of(s, gov));
            }
          } else {
            for (int c : pass ? dependentsExact(s, gov, "nsubj:pass") : objects(s, gov, trigger)) {
              if (c != trigger) {
                out.add(c);
              }
            }
            out.addAll(datives(s, gov, trigger));
          }
        }
        if (slot.type() == Slot.Type.HEAD_SUBJECT && !verb) {
          out.addAll(AttributiveAgent.of(s, trigger, morphology)); // "die von Russland verhängten Sanktionen"
        }
      }
      case OCCASION_SUBJECT -> {
        if (!verb) {
          out.addAll(OccasionSubject.of(s, trigger, slot.arg())); // "Nach einem Treffen mit X sagte Y": Y met X
        }
      }
      case ANSWER_OWNER -> {
        if (!verb) {
          out.addAll(AnsweredAct.owners(s, trigger, slot.arg())); // "Russlands Reaktion auf die Sanktionen": Russia was sanctioned
        }
      }
      case HEAD_VICTIM -> {
        int dying = verb ? -1 : Victims.verbOf(s, trigger);
        if (dying >= 0) {
          out.addAll(s.subjects(dying)); // "Ein Offizier starb bei dem Luftangriff": the one the act befell
        }
      }
    }
    if (passive && slot.type() != Slot.Type.NSUBJ) {
      out.removeAll(LowAgentPhrase.of(s, trigger)); // the agent the parser hung on the patient is not the patient
    }
    return out;
  }
}
