package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Mention;
import org.chronik.model.Modality;

/**
 * A claim of responsibility names the agent of a violent act told without one beside it: "Zwölf
 * Soldaten wurden getötet. Die Taliban bekannten sich zu dem Anschlag", "Die Hamas übernahm die
 * Verantwortung für den Angriff. Dabei wurden drei Soldaten getötet." The claim is an asserted act of a
 * claim code ({@code words/claim-codes.txt}) on a {@code CLAIM} word of grammar.tsv (the verb "sich
 * bekennen", the noun "Verantwortung") in the act's own sentence, the one before or the one after in its
 * paragraph; what it claims must be a violent act (a noun whose rule's code starts with a prefix of
 * {@code words/claimed-acts.txt}, in the claim rule's prepositional target slot) or a deed word of
 * {@code words/claim-deeds.txt} ("Tat", "dazu"), naming no actor of a country the act's targets are not
 * of. The claimant, the claim's subject, must be an actor with a country on another side than the
 * targets. A description of the doers in the sentence before or after names the agent the same way
 * ("Die Angreifer waren Mitglieder der PKK"). Two claimants, or a passive with a "von"/"durch" agent,
 * give nobody. One per document.
 */
final class NeighbourClaims {
  static final String CODES = "claim-codes";
  static final String ACTS = "claimed-acts";
  static final String DEEDS = "claim-deeds";
  static final String DOERS = "perpetrators";
  static final String LINKS = "perpetrator-links";
  /** The sector of civilians, whom a description of the doers never makes the agent. */
  private static final String CIVILIANS = "CVL";
  /** How the actors stage marks a country it took from the article's focus, not from the words. */

  private final EventLexicon lexicon;
  private final ModalityDetector modality;
  private final Anaphora sentences;
  private final Set<String> codes;
  private final Set<String> acts;
  private final Set<String> deeds;
  private final Set<String> doers;
  private final Set<String> links;

  NeighbourClaims(EventLexicon lexicon, ModalityDetector modality, Anaphora sentences) {
    this.lexicon = lexicon;
    this.modality = modality;
    this.sentences = sentences;
    this.codes = lexicon.lists().words(CODES);
    this.acts = lexicon.lists().words(ACTS);
    this.deeds = lexicon.lists().words(DEEDS);
    this.doers = lexicon.lists().words(DOERS);
    this.links = lexicon.lists().words(LINKS);
  }

  /**
   * The one claimant of the violent act at {@code trigger} with code {@code code} on {@code targets}, or
   * null: claims in this sentence, the one before (from {@code paragraphStart} on) and the next in the paragraph.
   */
  Discourse.Antecedent agent(SentenceView s, int trigger, String code, int paragraphStart, List<ArgumentFinder.Arg> found) {
    if (found.isEmpty() || !found.stream().allMatch(a -> told(s, a)) || acts.stream().noneMatch(code::startsWith)
        || s.isVerbal(trigger) && StateScene.agentPhrase(s, trigger)) {
      return null;
    }
    List<ActorRef> targets = found.stream().map(ArgumentFinder.Arg::actor).toList();
    int index = s.sentence.index();
    List<SentenceView> near = new ArrayList<>();
    near.add(s);
    if (index - 1 >= paragraphStart && sentences.sentence(index - 1) != null) {
      near.add(sentences.sentence(index - 1));
    }
    if (sentences.next(index) != null) {
      near.add(sentences.next(index));
    }
    Set<ActorRef> claimants = new LinkedHashSet<>();
    for (SentenceView n : near) {
      for (int c = 0; c < n.size(); c++) {
        ActorRef a = n == s && c == trigger ? null : claimant(n, c, targets);
        a = a != null || n == s ? a : described(n, c, targets);
        if (a != null) {
          claimants.add(a);
        }
      }
    }
    return claimants.size() == 1 ? new Discourse.Antecedent(claimants.iterator().next(), null) : null;
  }

  /**
   * The target is named in the sentence with its country: not implied, and not people whose country the
   * actors stage took from the article's focus ("Dabei wurden vier Menschen getötet": whose people is not told).
   */
  private static boolean told(SentenceView s, ArgumentFinder.Arg target) {
    Mention m = target.token() < 0 || target.from() != ArgumentSource.SENTENCE ? null : s.anyMention(target.token());
    return m != null && !m.countryFromFocus();
  }

  /** The actor that claims a violent act on {@code targets} by the verb at {@code verb}, or null. */
  private ActorRef claimant(SentenceView n, int verb, List<ActorRef> targets) {
    if (!n.upos(verb).equals("VERB")) {
      return null;
    }
    for (RuleMatcher.Match m : RuleMatcher.matches(lexicon, n, verb)) {
      int word = claimWord(n, verb, m);
      if (word < 0 || !codes.contains(m.rule().code()) || modality.classify(n, verb, m.anchor()) != Modality.ASSERTED
          || !violentDeed(n, verb, word, m, targets)) {
        continue;
      }
      // the subject's own word names the claimant: "die irakische Gruppe X" is no act of Iraq
      List<Integer> subjects = n.subjects(verb);
      Mention claimant = subjects.isEmpty() ? null : n.mention(subjects.get(0));
      ActorRef a = claimant == null ? null : claimant.actor();
      if (a != null && Discourse.against(a, targets)) {
        return a;
      }
    }
    return null;
  }

  /**
   * The armed group or state body a description of the doers in a neighbouring sentence names: a
   * definite doer word of {@code words/perpetrators.txt} (or a compound ending in one) as the subject
   * of a copula ("Die Täter waren Kämpfer der Taliban") or of a verb of {@code words/perpetrator-links.txt}
   * ("Die Entführer gehören der Gruppe X an"), not negated; never civilians or a state named only by
   * its people ("Die Täter waren Syrer" tells where they are from, not for whom they acted).
   */
  private ActorRef described(SentenceView n, int doer, List<ActorRef> targets) {
    String word = n.lemma(doer).toLowerCase(Locale.ROOT);
    int h = n.head(doer);
    if (h < 0 || !n.baseRel(doer).equals("nsubj") || doers.stream().noneMatch(word::endsWith) || !sentences.definite(n, doer)) {
      return null;
    }
    Modality mode = modality.classify(n, h, -1);
    if (mode == Modality.NEGATED || mode == Modality.DENIED) {
      return null;
    }
    List<Integer> predicates = new ArrayList<>();
    if (n.hasCopula(h)) {
      predicates.add(h);
    } else if (links.contains(n.lemma(h).toLowerCase(Locale.ROOT))) {
      n.children(h).stream().filter(c -> c != doer && n.preposition(c) == null).forEach(predicates::add);
    }
    for (int pred : predicates) {
      Mention m = ActorPhrase.actorOf(n, pred);
      ActorRef a = m == null ? null : m.actor();
      boolean organised = a != null && a.type() != ActorType.COUNTRY && a.sector() != null && !a.sector().equals(CIVILIANS);
      if (organised && Discourse.against(a, targets)) {
        return a;
      }
    }
    return null;
  }

  /** The CLAIM word of the match: the verb itself ("bekennen") or its required object ("Verantwortung"); -1 if neither. */
  private static int claimWord(SentenceView n, int verb, RuleMatcher.Match m) {
    if (n.grammar().is(EventGrammar.Kind.CLAIM, n.lemma(verb))) {
      return verb;
    }
    return m.anchor() >= 0 && n.grammar().is(EventGrammar.Kind.CLAIM, n.lemma(m.anchor())) ? m.anchor() : -1;
  }

  /**
   * The claim is of a violent act: a deed word below the verb or the claim word ("dazu", "zu der Tat"),
   * or a violent act noun that meets the claim rule's dependent condition or stands in its prepositional
   * target slot ("zu dem Anschlag", "für die Entführung", a relative pronoun standing for one: "der
   * Anschlag, zu dem sich … bekannte"), whose phrase names no actor of a country none of the targets is of.
   */
  private boolean violentDeed(SentenceView n, int verb, int word, RuleMatcher.Match m, List<ActorRef> targets) {
    List<Integer> below = new ArrayList<>(n.children(verb));
    if (word != verb) {
      below.addAll(n.children(word));
    }
    if (m.extra() >= 0) {
      below.add(0, m.extra());
    }
    for (int x : below) {
      String p = n.preposition(x);
      boolean slot = x == m.extra() || p != null && m.rule().target().stream().anyMatch(t -> t.type() == Slot.Type.PREP && p.equals(t.arg()));
      int deed = n.antecedent(x) >= 0 ? n.antecedent(x) : x;
      if (deed(n, x) || slot && (deed(n, deed) || violentAct(n, deed)) && onTargets(n, deed, verb, targets)) {
        return true;
      }
    }
    return false;
  }

  private boolean deed(SentenceView n, int x) {
    return deeds.contains(n.lemma(x).toLowerCase(Locale.ROOT));
  }

  private boolean violentAct(SentenceView n, int x) {
    return RuleMatcher.matches(lexicon, n, x).stream().anyMatch(d -> acts.stream().anyMatch(d.rule().code()::startsWith));
  }

  /**
   * No actor in the deed's phrase or elsewhere in the claim's clause but its subject is of a country none of
   * the targets is of: "bekannte sich zu dem Angriff auf Ägypten" claims no attack on Israeli soldiers.
   */
  private static boolean onTargets(SentenceView n, int deed, int verb, List<ActorRef> targets) {
    List<Integer> subjects = n.subjects(verb);
    int subject = subjects.isEmpty() ? -1 : subjects.get(0);
    for (int t = 0; t < n.size(); t++) {
      boolean inClause = ActorPhrase.dominates(n, verb, t) && t != subject && (subject < 0 || !ActorPhrase.dominates(n, subject, t));
      boolean inDeed = t == deed || ActorPhrase.dominates(n, deed, t) && !ActorPhrase.dominates(n, verb, t) && t != verb;
      Mention m = inClause || inDeed ? n.mention(t) : null;
      String country = m == null ? null : m.actor().country();
      if (country != null && targets.stream().noneMatch(a -> country.equals(a.country()))) {
        return false;
      }
    }
    return true;
  }
}
