package org.chronik.pipeline.events;

import java.util.Set;
import org.chronik.model.Modality;
import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * Reads how a clause presents its event: asserted, intended, negated, hypothetical or denied. Walks
 * from the trigger's clause up through the clauses that embed it ("kündigte an, … zu besuchen").
 */
final class ModalityDetector {
  /** Embedding relations through which an embedding verb's cues reach the embedded event. */
  private static final Set<String> EMBEDDING = Set.of("xcomp", "ccomp", "advcl", "conj", "csubj");

  private final ModalityCues cues;
  private final NounHeldActs held;
  private final ClauseAdverbs adverbs;
  private final ClauseNegation negation;
  private final FramedActs frames;

  ModalityDetector(ModalityCues cues) {
    this.cues = cues;
    this.held = new NounHeldActs(cues);
    this.adverbs = new ClauseAdverbs(cues);
    this.negation = new ClauseNegation(cues);
    this.frames = new FramedActs(cues);
  }

  Modality classify(SentenceView s, int trigger, int anchor) {
    return read(s, trigger, anchor, true).modality();
  }

  /** An act noun's modality by its own cues only ("die geplante Offensive", "keine Angriffe"), not its clause's. */
  Modality own(SentenceView s, int trigger, int anchor) {
    return read(s, trigger, anchor, false).modality();
  }

  /**
   * A negated act its actor announces or intends ("er werde keine Soldaten gegen Demonstranten
   * einsetzen", "kündigte an, nicht zurückzuschlagen"): a promise to refrain, not a mere non-event.
   * Only a verb's own negation counts: "wird keinen Angriff dulden" refrains from nothing.
   */
  boolean refrained(SentenceView s, int trigger, int anchor) {
    return s.isVerbal(trigger) && read(s, trigger, anchor, true).refrained();
  }

  /** The cues found on the way up from the trigger. */
  private record Reading(boolean intent, boolean negated, boolean hypothetical, boolean futureSubjunctive,
      boolean announced, boolean denied) {
    Modality modality() {
      if (denied) {
        return Modality.DENIED;
      }
      if (negated) {
        return Modality.NEGATED;
      }
      // "kündigte an, die Truppen würden angreifen": the subjunctive reports the announced future
      if (hypothetical || futureSubjunctive && !announced) {
        return Modality.HYPOTHETICAL;
      }
      return intent ? Modality.INTENT : Modality.ASSERTED;
    }

    boolean refrained() {
      return negated && intent && !denied && !hypothetical && (!futureSubjunctive || announced);
    }
  }

  private Reading read(SentenceView s, int trigger, int anchor, boolean clauses) {
    boolean intent = false;
    boolean negated = negation.below(s, trigger) || (anchor >= 0 && negation.below(s, anchor)) || negation.objectNegated(s, trigger)
        || s.isVerbal(trigger) && negation.sharedWithConjunct(s, trigger);
    int light = s.isVerbal(trigger) ? -1 : LightVerbs.verb(s, trigger); // "beteiligte sich nicht an dem Krieg", "kündigte ein Veto an"
    if (light >= 0) {
      negated |= negation.below(s, light) || LightVerbs.ended(s, trigger);
      intent = LightVerbs.intended(s, trigger);
    }
    int occurring = light < 0 && !s.isVerbal(trigger) ? OccurringStateActs.verb(s, trigger) : -1;
    negated |= occurring >= 0 && negation.below(s, occurring); // "Es kam nicht zu Verhaftungen"
    // "die Forderung nach einem Abzug", "fordern einen Einmarsch", "Wird Russland angreifen?"
    boolean hypothetical = held.held(s, trigger) || frames.nounHeld(s, trigger) || frames.asked(s);
    hypothetical |= Tallies.tally(s, trigger, cues); // "seit 2001 starben dort 8.000 Soldaten": a tally, no one act
    for (int c : s.children(trigger)) { // "ein mögliches Treffen", "die geplanten Gespräche": not held (yet)
      hypothetical |= s.baseRel(c).equals("amod") && cues.is(Kind.HYPOTHETICAL, Where.ATTRIBUTE, s.lemma(c));
    }
    boolean futureSubjunctive = false; // "würden": hypothetical, unless an announcement reports it
    boolean announced = false;
    boolean denied = false;
    int cur = clauses ? s.clauseHead(trigger) : -1;
    boolean sibling = false; // cur was reached from a conjunct with a finite verb of its own
    int below = cur; // the clause cur was reached from
    for (int level = 0; cur >= 0 && level < 4; level++) {
      for (int c : s.children(cur)) {
        String rel = s.deprel(c);
        if (rel.equals("aux")) {
          if (cues.is(Kind.REPORTED_FUTURE, Where.FORM, s.word(c))) {
            futureSubjunctive |= level == 0;
            hypothetical |= level > 0;
          } else if (cues.is(Kind.HYPOTHETICAL, Where.FORM, s.word(c)) && !frames.hearsay(s, cur, c)) {
            hypothetical = true; // "soll … angreifen"; but "soll … angegriffen haben" reports a deed by hearsay
          } else if (cues.is(Kind.INTENT, Where.AUX, s.lemma(c)) && !cues.is(Kind.PASSIVE_PAST, Where.FORM, s.word(c))) {
            // "wurden enteignet": a past passive the parser labelled a plain auxiliary is no future
            intent = true;
          }
        } else if (rel.equals("mark")) {
          hypothetical |= cues.is(Kind.HYPOTHETICAL, Where.MARK, s.word(c));
          negated |= level == 0 && cues.is(Kind.NEGATED, Where.MARK, s.word(c));
        } else if (rel.startsWith("advmod")) {
          hypothetical |= cues.is(Kind.HYPOTHETICAL, Where.DEPENDENT, s.lemma(c));
        } else if (rel.startsWith("obl")) {
          hypothetical |= cues.is(Kind.HYPOTHETICAL, Where.OBLIQUE, s.lemma(c)); // "bei Bedarf", "im Notfall"
        }
      }
      hypothetical |= GenericSubjects.generic(s, cur, cues); // "wer … aufbürde, verhindert Investitionen"
      hypothetical |= level == 0 && GenericRelatives.generic(s, cur, cues); // "Syrer, die abgeschoben werden, …"
      if (level == 0 && cur != trigger && s.head(trigger) == cur) {
        denied |= cues.is(Kind.DENIED, Where.GOVERNOR, s.lemma(cur)); // an act noun the clause denies: "dementierte die Festnahme"
      }
      if (level > 0 && !sibling) {
        // "beschloss/versicherte, … zu liefern" is intended; "versicherte, dass … geliefert wurde" tells a deed
        boolean intentGovernor = cues.is(Kind.INTENT, Where.GOVERNOR, s.lemma(cur)) || intentPredicative(s, cur)
            || cues.is(Kind.INTENT, Where.INFINITIVE, s.lemma(cur)) && Infinitives.hasZu(s, below);
        announced |= level == 1 && intentGovernor;
        intent |= intentGovernor;
        denied |= cues.is(Kind.DENIED, Where.GOVERNOR, s.lemma(cur));
        hypothetical |= cues.is(Kind.HYPOTHETICAL, Where.GOVERNOR, s.lemma(cur))
            || cues.is(Kind.HYPOTHETICAL, Where.INFINITIVE, s.lemma(cur)) && Infinitives.hasZu(s, below);
      }
      if (level == 0 && s.hasCopula(cur)) {
        intent |= cues.is(Kind.INTENT, Where.GOVERNOR, s.lemma(cur));
      }
      // a noun's act is negated by its own "kein", not by its clause ("… wird nicht vergessen")
      if (level == 0 && s.isVerbal(trigger)) {
        negated |= negation.below(s, cur);
      }
      String rel = s.baseRel(cur);
      int content = contentClauseGovernor(s, cur);
      if (content >= 0) {
        below = cur;
        cur = content; // "ein Bericht, wonach X festgenommen worden sei, wurde dementiert"
        continue;
      }
      // "unklar blieb, wie viele … getötet wurden": asked after, whatever mark the parser gave the question word
      hypothetical |= EMBEDDING.contains(rel) && frames.openQuestion(s, cur, s.head(cur));
      if (!EMBEDDING.contains(rel) || !purposeOrPlain(s, cur, rel)) {
        break;
      }
      // "X hatte Y beschuldigt, wurde dann festgenommen": a conjunct with a finite verb of its own is
      // coordinated with its head, not embedded by it; what embeds the head still embeds it
      sibling = rel.equals("conj") && ownFinite(s, cur);
      below = cur;
      cur = s.head(cur);
    }
    return new Reading(intent, negated, hypothetical, futureSubjunctive, announced, denied);
  }

  /** The clause has a finite verb of its own: the verb itself or an auxiliary below it. */
  private static boolean ownFinite(SentenceView s, int clause) {
    return s.isFinite(clause) || s.children(clause).stream().anyMatch(c -> s.deprel(c).startsWith("aux") && s.isFinite(c));
  }

  /**
   * A governing verb with a predicative intent word of its own: "erklärte sich bereit, … zu",
   * "zeigte sich bereit, … zu" (the parser hangs "bereit" below the verb).
   */
  private boolean intentPredicative(SentenceView s, int verb) {
    for (int c : s.children(verb)) {
      String rel = s.baseRel(c);
      if ((rel.equals("advmod") || rel.equals("xcomp") || rel.equals("compound") || rel.equals("obl") || rel.equals("mark"))
          && cues.is(Kind.INTENT, Where.GOVERNOR, s.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * For a content clause on a noun ("der Bericht, wonach …", "die Behauptung, dass …"; not a
   * relative clause, which has a relative pronoun of its own) whose noun is the subject or object
   * of a verb: that verb, whose cues then reach the clause. Else -1.
   */
  private static int contentClauseGovernor(SentenceView s, int clause) {
    if (!s.baseRel(clause).equals("acl")) {
      return -1;
    }
    for (int c : s.children(clause)) {
      if (s.antecedent(c) >= 0) {
        return -1;
      }
    }
    int noun = s.head(clause);
    // the parser may hang the clause on a noun inside the phrase ("ein Bericht der Agentur X, wonach …")
    for (int guard = 0; noun >= 0 && guard < 4 && Set.of("nmod", "appos", "flat").contains(s.baseRel(noun)); guard++) {
      noun = s.head(noun);
    }
    String rel = noun < 0 ? "" : s.baseRel(noun);
    return rel.equals("nsubj") || rel.equals("obj") ? s.head(noun) : -1;
  }

  /** An adverbial clause passes its embedding cues on only when it states a purpose ("um … zu"). */
  private static boolean purposeOrPlain(SentenceView s, int clause, String rel) {
    if (!rel.equals("advcl")) {
      return true;
    }
    for (int c : s.children(clause)) {
      if (s.deprel(c).equals("mark") && !s.grammar().is(EventGrammar.Kind.PURPOSE, s.word(c))) {
        return false;
      }
    }
    return true;
  }

  boolean mutualAdverb(SentenceView s, int trigger) {
    return adverbs.mutualAdverb(s, trigger);
  }

  /** See {@link ClauseAdverbs#reciprocalAdverb}. */
  boolean reciprocalAdverb(SentenceView s, int trigger) {
    return adverbs.reciprocalAdverb(s, trigger);
  }

  boolean presentIntent(SentenceView s, int trigger) {
    return adverbs.presentIntent(s, trigger);
  }

  boolean pluperfect(SentenceView s, int trigger) {
    return adverbs.pluperfect(s, trigger);
  }

  String intentCode(String code) {
    return cues.intentCode(code);
  }

  /** The 035x code of a promise to refrain from an act of this code (modality.tsv REFRAIN_CODE), or null. */
  String refrainCode(String code) {
    return cues.refrainCode(code);
  }
}
