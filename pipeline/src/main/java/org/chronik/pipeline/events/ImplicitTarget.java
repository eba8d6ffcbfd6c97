package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.ArgumentSource;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * The target an act's sentence does not name, by CAMEO code (codebooks/implicit-actors.tsv): the
 * focus government, the agent's own country, or the agent of a re-mentioned act. Part of {@link
 * ImplicitArguments}; one per document.
 */
final class ImplicitTarget {
  /** How many sentences back the act a claim or apology re-mentions may have been told. */
  private static final int BEFALLEN_BACK = 2;

  private final EventCoder.Knowledge knowledge;
  private final ArgumentFinder finder;
  private final FocusCountry countries;
  private final Discourse discourse;
  private final Anaphora anaphora;

  ImplicitTarget(ImplicitParts parts) {
    this.knowledge = parts.knowledge();
    this.finder = parts.finder();
    this.countries = parts.countries();
    this.discourse = parts.discourse();
    this.anaphora = parts.anaphora();
  }

  /**
   * The target of an act whose target slots name no actor (codebooks/implicit-actors.tsv): the focus
   * country's government ("Die Opposition kritisierte das Gesetz"), never for its own side, and only
   * where {@link FocusAim#aimsAtFocus} allows it.
   */
  Arg target(SentenceView s, int trigger, RuleMatcher.Match match, List<ActorRef> sources) {
    EventRule rule = match.rule();
    boolean verb = rule.kind() == EventRule.Kind.VERB;
    // the act has content that names no actor: a target phrase ("kritisierte das Gesetz") or the
    // rule's required object ("verlangte eine Untersuchung")
    boolean phrase = finder.hasPhrase(s, trigger, match.anchor(), rule.target(), verb)
        || match.anchor() >= 0 && ActorPhrase.actorOf(s, match.anchor()) == null || !verb && actAsContent(s, trigger);
    String focus = countries.focus();
    // a party, company or foreign state body named by a common noun: the act is aimed at it, not at the focus government
    List<Integer> heads = finder.phrases(s, trigger, match.anchor(), rule.target(), verb);
    // the rule's anchor and dependent word belong to the act too, wherever the parse hung them (ActPhrases)
    List<Integer> actPhrases = ActPhrases.beyondTrigger(trigger, match);
    boolean party = focus != null && UnknownParty.namedByWord(s, trigger, java.util.stream.Stream.concat(heads.stream(), actPhrases.stream()).toList(), focus)
        || UnknownParty.namedIn(s, actPhrases);
    // "verurteilte den Luftangriff auf eine Schule": violence is its doer's, whom the sentence does not name
    party |= UnreadTargets.actOfItsAgent(s, heads, match.anchor(), knowledge)
        || focus != null && verb && UnreadTargets.otherActor(s, trigger, sources, government(focus));
    // "blockierte die von der Regierungspartei eingebrachte Vorlage": a verbal act on a thing aims at its author
    List<Integer> things = match.anchor() < 0 ? heads : java.util.stream.Stream.concat(heads.stream(), java.util.stream.Stream.of(match.anchor())).toList();
    ThingPhrases phrases = new ThingPhrases(s, things, knowledge.actWords(), anaphora);
    Arg author = knowledge.codebook().get(rule.code()).quad() % 2 == 1 ? ObjectAuthor.of(s, things, sources) : null;
    if (author != null) {
      return author;
    }
    if (knowledge.implicitActors().targets(rule.code()).contains(ImplicitActors.Target.ACT_AGENT)) {
      // "nannte es einen schwarzen Tag" after "beschloss ein Gesetz": the author of the thing the pronoun stands for
      ReferredThing.Found referred = ReferredThing.of(phrases, trigger, OwnSideCritics.own(rule.code(), sources, knowledge.lexicon().lists()));
      if (referred != null) {
        return referred.author();
      }
    }
    party |= ObjectAuthor.unresolved(s, things); // "die von den Experten ausgearbeitete Vorlage": someone the data does not know
    OwnedThing.Found owned = OwnedThing.of(phrases, rule.code(), sources);
    if (owned != null) { // "verurteilten seine Äußerungen": the owner's; "verteidigte seine Pläne": the source's own, no target
      return owned.own() ? null : owned.owner();
    }
    Arg reporter = ReportAuthor.of(phrases, rule.code(), sources); // "wies den Bericht zurück"
    if (reporter != null) {
      return reporter;
    }
    for (ImplicitActors.Target kind : knowledge.implicitActors().targets(rule.code())) {
      if (kind == ImplicitActors.Target.ACT_AGENT) {
        // "X gab ihre Entscheidung bekannt … kritisierte die Entscheidung"; criticism may come from within the author's own state
        Arg decided = AuthoredBefore.of(phrases, OwnSideCritics.own(rule.code(), sources, knowledge.lexicon().lists()));
        if (decided != null) {
          return decided;
        }
        Discourse.Antecedent act = actedOnAct(s, trigger, match, sources);
        // "Das Verteidigungsministerium rechtfertigte den Angriff" of its own army: one state, no target
        if (act != null && sources.stream().noneMatch(x -> Sides.oneState(x, act.actor()))) {
          return new Arg(act.actor(), -1, ArgumentSource.ANTECEDENT);
        }
        continue;
      }
      if (kind == ImplicitActors.Target.ACT_TARGET) {
        Discourse.Antecedent befallen = befallenBy(s, trigger, match, sources);
        if (befallen != null) {
          return new Arg(befallen.actor(), -1, ArgumentSource.ANTECEDENT);
        }
        continue;
      }
      if (kind == ImplicitActors.Target.SCENE_PEOPLE) {
        continue; // only for the agentless passive (StateScene)
      }
      if (kind == ImplicitActors.Target.OWN_COUNTRY || kind == ImplicitActors.Target.OWN_STATE) {
        String own = sources.size() == 1 ? sources.get(0).country() : null;
        if (party || UnknownParty.named(s, trigger)) {
          continue; // "verbot das Heft der Firma X": the measure falls on the party its object names, not on the whole country
        }
        if (kind == ImplicitActors.Target.OWN_STATE && (own == null || sources.get(0).sector() == null || !ImplicitActors.STATE_SECTORS.contains(sources.get(0).sector()))) {
          continue;
        }
        if (own != null && own.length() == 3 && sources.get(0).type() != ActorType.COUNTRY
            && !StateScene.foreignPatient(s, trigger, own)) {
          // "ordnete eine Untersuchung der Wahl an": the state's own affair; not when the clause names another
          // country's actor ("die Ermittlungen gegen den russischen Piloten"), who may be the one it falls on
          return new Arg(countries.actor(own), -1, ArgumentSource.IMPLICIT); // the state itself as a country names no separate target
        }
        continue;
      }
      boolean aimed = focus != null && !party && (phrase || kind == ImplicitActors.Target.GOVERNMENT_ALWAYS)
          && FocusAim.aimsAtFocus(sources, focus, s, trigger, knowledge.attribution().adpositions())
          && FocusAim.heardOnFocus(sources, focus, s, anaphora.sentence(s.sentence.index() - 1), anaphora.sentence(s.sentence.index() - 2))
          && sources.stream().allMatch(knowledge.implicitActors()::mayAddressGovernment);
      ActorRef t = aimed ? government(focus) : null;
      if (t != null && sources.stream().noneMatch(x -> Sides.same(x, t))) {
        return new Arg(t, -1, ArgumentSource.IMPLICIT);
      }
      SentenceView next = anaphora.next(s.sentence.index());
      if (t != null && FocusAim.domestic(sources, focus, t, s) && !knowledge.places().namesPlaceOutside(s, focus)
          && !(ClaimedDeed.told(s, verb ? trigger : s.clauseHead(trigger), sources, knowledge.attribution()::isCueVerb)) // "X habe verhindert, argumentierte Y"
          && !ToldAbroad.before(s, trigger, things, anaphora, focus) // "Y verurteilte die Saudis. Der Minister nannte das Urteil Unrecht": the thing told with Y
          && !(next != null && FocusAim.namesAbroad(next, focus) && (namesActOf(next, rule.code()) || FocusAim.namesForeignState(next, focus)))) {
        // "Der Innenminister lehnte die Reform ab": a body of the focus state on its own state's affair (X→X); not
        // "bei einer Konferenz in New York", nor before "Die Kritik richtet sich gegen die ägyptische Regierung" or
        // "Russland werde die USA auffordern, …" (the thing judged may be that state's)
        return new Arg(countries.actor(focus), -1, ArgumentSource.IMPLICIT);
      }
    }
    return null;
  }

  /**
   * An act whose object re-mentions an earlier act ("Die EU verurteilte den Angriff", a definite act
   * noun naming no actor) is aimed at that act's agent: the source of the last act of the noun's kind.
   */
  private Discourse.Antecedent actedOnAct(SentenceView s, int trigger, RuleMatcher.Match match, List<ActorRef> sources) {
    EventRule rule = match.rule();
    List<Integer> heads = new java.util.ArrayList<>(finder.phrases(s, trigger, match.anchor(), rule.target(), rule.kind() == EventRule.Kind.VERB));
    if (match.anchor() >= 0 && knowledge.lexicon().rulesFor(EventRule.Kind.NOUN, s.lemma(match.anchor())).stream()
        .noneMatch(r -> r.code().startsWith(rule.code().substring(0, 2)))) {
      heads.add(match.anchor()); // not the act itself: "erhebt die gleiche Forderung" is a demand, no re-mentioned one
    }
    for (int h : heads) {
      Set<String> roots = new java.util.HashSet<>();
      knowledge.lexicon().rulesFor(EventRule.Kind.NOUN, s.lemma(h)).forEach(r -> roots.add(r.code().substring(0, 2)));
      Set<String> kinds = knowledge.actWords().roots(s.lemma(h));
      // "Ägypten schlug … vor. … Die EU begrüßte den Vorstoß": a noun naming an act by its kind, the nearest such act
      if (!kinds.isEmpty() && knowledge.actWords().answers(rule.code()) && anaphora.definite(s, h)) {
        Set<String> any = new java.util.HashSet<>(roots);
        any.addAll(kinds);
        Discourse.Antecedent near = discourse.nearestForeignAuthor(s.sentence.index(), ActWords.BACK, any, sources);
        if (near != null) {
          return near;
        }
      }
      if (!roots.isEmpty() && anaphora.definite(s, h)) {
        Discourse.Antecedent a = discourse.authorOfLast(s.sentence.index(), roots, sources);
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * A claim of, regret for or a call to an act re-mentioned by a definite noun ("Die Miliz bekannte sich zu dem
   * Angriff", "Die Nato bedauerte den Vorfall", "Die Opposition hatte zu den Protesten aufgerufen") is aimed
   * at the target of the latest act of the noun's
   * roots (its lexicon roots, or those act-words.tsv gives a noun naming an act by its kind) told in its own
   * or the {@link #BEFALLEN_BACK} sentences before, when that target is on no side of the sources.
   */
  private Discourse.Antecedent befallenBy(SentenceView s, int trigger, RuleMatcher.Match match, List<ActorRef> sources) {
    EventRule rule = match.rule();
    List<Integer> heads = new java.util.ArrayList<>(finder.phrases(s, trigger, match.anchor(), rule.target(), rule.kind() == EventRule.Kind.VERB));
    if (match.anchor() >= 0) {
      heads.add(match.anchor());
    }
    if (match.extra() >= 0 && rule.subj().isEmpty()) {
      heads.add(match.extra()); // the word of a dependent condition: "bekannte sich zu dem Angriff", "rief zu den Protesten auf"
    }
    int index = s.sentence.index();
    for (int h : heads) {
      Set<String> roots = new java.util.HashSet<>(knowledge.actWords().roots(s.lemma(h)));
      knowledge.lexicon().rulesFor(EventRule.Kind.NOUN, s.lemma(h)).forEach(r -> roots.add(r.code().substring(0, 2)));
      Discourse.Antecedent t = roots.isEmpty() || !anaphora.definite(s, h) ? null
          : discourse.target(index, new Discourse.Reach(index, index - BEFALLEN_BACK), roots, sources);
      if (t != null && sources.stream().noneMatch(x -> Sides.same(x, t.actor()))) {
        return t;
      }
    }
    return null;
  }

  /** Whether the sentence has a noun of an act of the code's root ("Die Kritik richtet sich gegen …"). */
  private boolean namesActOf(SentenceView s, String code) {
    for (int i = 0; i < s.size(); i++) {
      if (knowledge.lexicon().rulesFor(EventRule.Kind.NOUN, s.lemma(i)).stream().anyMatch(r -> r.code().startsWith(code.substring(0, 2)))) {
        return true;
      }
    }
    return false;
  }

  /** The government of a country, as the implicit agent or target of an act. */
  ActorRef government(String country) {
    return new ActorRef("state:" + country, "Government of " + countries.name(country), ActorType.ORGANIZATION, country, "GOV", null);
  }

  /**
   * The authority of a country that does an agentless state act of {@code code} told by the verb
   * {@code lemma}: the police, the courts (lang/de/events/authorities.tsv), else the government.
   */
  ActorRef authority(String country, String code, String lemma) {
    ActorRef a = knowledge.authorities().of(country, code, lemma, countries::name);
    return a != null ? a : government(country);
  }

  /**
   * An act noun that is the predicate of a copula whose subject is itself an act: "Die Freilassung der
   * Gefangenen ist eine Forderung der Opposition" says what is demanded as the object phrase would.
   */
  private boolean actAsContent(SentenceView s, int noun) {
    if (!s.hasCopula(noun)) {
      return false;
    }
    return s.children(noun).stream().anyMatch(c -> s.deprel(c).equals("nsubj")
        && !knowledge.lexicon().rulesFor(EventRule.Kind.NOUN, s.lemma(c)).isEmpty());
  }
}
