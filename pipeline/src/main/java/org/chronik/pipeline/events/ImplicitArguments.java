package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Mention;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * The actors a sentence leaves out: the agent of an agentless act and the target of an act whose
 * target phrase names no actor, from the last sentences (Discourse), from the actors that acted in
 * the scene (SceneActors) or, by CAMEO code, from codebooks/implicit-actors.tsv. One per document.
 */
final class ImplicitArguments {
  private final EventCoder.Knowledge knowledge;
  private final ArgumentFinder finder;
  private final FocusCountry countries;
  private final Discourse discourse;
  private final Anaphora anaphora;
  private final StateScene scene;
  private final ActingAct acting;
  private final ImplicitTarget defaults;
  private final SceneActors players;
  private final AnswerTarget answers;
  private final RepeatedAct repeats;
  private final WeaponAgents weapons; // "Bomben zerstörten …": the side that fired them
  private final SpeakerAgent claims; // "… wurden getötet. Die Taliban bekannten sich zu dem Anschlag"; "X erklärte, … werde verlängert"
  private final PassiveAgent passives; // the agent of an agentless act
  private final KindredPassive kindred; // "Weitere Dörfer wurden bombardiert": the kindred act continued
  private final UnknownAttackers attackers; // "Bei einem Anschlag in Oslo starben …": the hidden attackers of the scene
  private final StruckPeople struck; // focus-guessed victims of an act of force continued: the struck side's people
  private final DyadTarget dyads; // "Die USA kamen Iran entgegen. Ihrerseits stellten die USA Bedingungen": the other side
  private final ForumTarget forums; // "Auf der Tagung der OPEC schlug Nigeria vor, …": the body whose meeting it is
  private final RestatedDyad restated; // "Die G8 schloss Russland aus. Der Ausschluss …": the sides of the act told again
  private final OneSidedForce force; // "Zivilisten wurden getötet" where one side alone has used force: that side, on the struck country's people
  private final ConflictDyad conflict; // "Weitere Dörfer wurden bombardiert" anywhere after acts of force: the dyad of the latest
  private final ForceScene scenes; // "NATO-Truppen rückten in Helmand vor": force falls on the country of its scene

  /** The actors of an act after filling: those found, else those implied, with the date of the act they came from. */
  record Filled(List<Arg> sources, List<Arg> targets, boolean implied, PartialDate antecedentDate) {}

  ImplicitArguments(ImplicitParts parts) {
    this.knowledge = parts.knowledge();
    this.finder = parts.finder();
    this.countries = parts.countries();
    this.discourse = parts.discourse();
    this.anaphora = parts.anaphora();
    this.kindred = new KindredPassive(knowledge, finder);
    this.scene = new StateScene(knowledge, countries, parts.anaphora()::sentence);
    this.acting = new ActingAct(knowledge.lexicon(), discourse, anaphora);
    this.defaults = new ImplicitTarget(parts);
    this.players = new SceneActors(parts.anaphora().quotes());
    this.answers = new AnswerTarget(new Replies(parts.anaphora().lexicon(), parts.anaphora().quotes(), parts.anaphora()::sentence),
        players, discourse, knowledge.codebook());
    this.repeats = new RepeatedAct(parts);
    this.dyads = new DyadTarget(discourse, knowledge, parts.anaphora().quotes(), parts.anaphora()::sentence);
    this.forums = new ForumTarget(knowledge.lexicon().lists());
    this.restated = new RestatedDyad(discourse, knowledge.lexicon(), knowledge.attribution()::isCueVerb, new ClauseNegation(knowledge.cues()));
    this.attackers = new UnknownAttackers(knowledge.weapons().hidden(), scene, knowledge.places()); // "Bei einem Anschlag in X wurden …"
    this.weapons = new WeaponAgents(knowledge.weapons(), discourse, attackers);
    this.passives = new PassiveAgent(parts, new PassiveAgent.Scene(scene, defaults, players, attackers));
    this.struck = new StruckPeople(discourse, knowledge.implicitActors());
    this.force = new OneSidedForce(discourse, new VictimAgent(discourse, parts.anaphora()), knowledge);
    this.conflict = new ConflictDyad(knowledge, finder, discourse, kindred, parts.anaphora());
    this.scenes = new ForceScene(knowledge, countries, discourse, scene);
    this.claims = new SpeakerAgent(new NeighbourClaims(knowledge.lexicon(), knowledge.modality(), parts.anaphora()), parts.anaphora().quotes());
  }

  /**
   * Fills an act's empty roles: a target from the codebook (an act on the focus government) or from a place; an agentless
   * passive's agent, or both actors of a re-mentioned act ("Der Luftangriff …"), from the acts before it. A definite
   * re-mention reaches back through the whole article, anything else only to the last sentences of its paragraph.
   */
  Filled fill(SentenceView s, int paragraphStart, int i, RuleMatcher.Match match, List<Arg> foundSources, List<Arg> foundTargets) {
    EventRule rule = match.rule();
    boolean verb = rule.kind() == EventRule.Kind.VERB;
    int claim = verb ? -1 : ClaimedActs.claim(s, i);
    // "Eine Gruppe bekannte sich zu dem Anschlag": the claimant is the author, never the agent of an
    // earlier act; the act claimed may still be one told before, whose target it keeps
    boolean claimed = claim >= 0;
    Mention claimant = claimed && foundSources.isEmpty() ? ClaimedActs.claimant(s, claim) : null;
    foundSources = claimant == null ? foundSources : List.of(new Arg(claimant.actor(), claim));
    foundSources = verb ? CompoundAgent.sources(s, i, match.rule().code(), knowledge, foundSources) : foundSources; // "bei einem IS-Anschlag"
    players.acted(s, i, foundSources);
    List<Arg> targets = foundTargets;
    String root = rule.code().substring(0, 2);
    int index = s.sentence.index();
    boolean implied = false;
    PartialDate antecedentDate = null;
    boolean placeTarget = false;
    Discourse.Antecedent author = foundSources.isEmpty() && verb ? acting.agent(s, i, targets.stream().map(Arg::actor).toList()) : null;
    author = author != null || !foundSources.isEmpty() || !verb || claimed ? author : weapons.agent(s, i, rule.code(), paragraphStart, targets);
    // "Der Ausnahmezustand untersagt Versammlungen": the act is its author's
    List<Arg> found = author == null ? foundSources : List.of(new Arg(author.actor(), -1, ArgumentSource.ANTECEDENT));
    implied |= author != null;
    // a mutual act between two sides found as its sources ("zwischen X und Y") has its targets already
    boolean twoSides = rule.mutual() && found.stream().anyMatch(a -> found.stream().anyMatch(b -> !Sides.same(a.actor(), b.actor())));
    // "FPÖ und Grüne warfen sich gegenseitig … vor": the target is the other subject, never a default
    if (targets.isEmpty() && !found.isEmpty() && !twoSides && !claimed && !knowledge.modality().reciprocalAdverb(s, i)) {
      List<ActorRef> answering = found.stream().map(Arg::actor).toList();
      // "Auch Deutschland übte Kritik": the act it repeats; "Y wies das zurück", "Y entgegnete, …": the side that acted or spoke before
      Arg t = java.util.Optional.ofNullable(repeats.target(s, i, match, paragraphStart, answering)).orElseGet(() -> defaults.target(s, i, match, answering));
      ActorRef answered = t == null && verb ? answers.addressee(s, i, rule.code(), paragraphStart, answering) : null;
      answered = t == null && answered == null && verb ? dyads.other(s, i, match, paragraphStart, found) : answered;
      answered = t == null && answered == null && verb ? forums.body(s, rule.code(), answering) : answered;
      t = answered == null ? t : new Arg(answered, -1, ArgumentSource.ANTECEDENT);
      targets = t == null ? targets : List.of(t);
      implied |= t != null;
    }
    // "Die Polizei schoss in die Luft": on the crowd of the scene; not what a phrase of the act names ("verfolgte einen Lieferwagen")
    boolean unaimed = targets.isEmpty() && !finder.hasPhrase(s, i, match.anchor(), rule.target(), verb);
    ActorRef controlled = unaimed ? knowledge.crowds().control().of(rule.code(), found.stream().map(Arg::actor).toList(), countries) : null;
    if (controlled != null) {
      targets = List.of(new Arg(controlled, -1, ArgumentSource.IMPLICIT));
      implied = true;
    }
    if (targets.isEmpty()) {
      boolean material = knowledge.codebook().get(rule.code()).quad() == 4; // a place as target: PlaceTargets
      targets = PlaceTargets.kept(finder.places(s, i, match.anchor(), rule.target(), verb, knowledge.places(), countries, material), s, rule.code(), material, knowledge.places());
      placeTarget = !targets.isEmpty();
    }
    if (targets.isEmpty() && found.isEmpty() && verb && kindred.continues(s, i, match)) {
      Discourse.Act act = discourse.act(index, new Discourse.Reach(index, paragraphStart), knowledge.implicitActors().agentFrom(rule.code()));
      if (act != null) {
        return new Filled(List.of(new Arg(act.source(), -1, ArgumentSource.ANTECEDENT)),
            List.of(new Arg(act.target(), -1, ArgumentSource.ANTECEDENT)), true, act.date());
      }
    }
    if (targets.isEmpty() && found.isEmpty() && verb && s.isPassive(i) && KindredPassive.has(rule.source(), Slot.Type.NSUBJ) && KindredPassive.has(rule.target(), Slot.Type.OBJ)
        && knowledge.implicitActors().continuesKindredActs(rule.code()) && !kindred.actAsPatient(s, i)) {
      OneSidedForce.Victims v = force.of(s, i, rule.code()); // "Frauen und Kinder wurden getötet": one side's force on a struck country
      if (v != null) {
        return new Filled(List.of(new Arg(v.agent(), -1, ArgumentSource.ANTECEDENT)), List.of(new Arg(v.people(), -1, ArgumentSource.IMPLICIT)), true, null);
      }
    }
    Discourse.Act dyad = targets.isEmpty() && found.isEmpty() && verb ? conflict.of(s, i, match) : null;
    if (dyad != null) {
      return new Filled(List.of(new Arg(dyad.source(), -1, ArgumentSource.ANTECEDENT)),
          List.of(new Arg(dyad.target(), -1, ArgumentSource.ANTECEDENT)), true, dyad.date());
    }
    boolean byLaw = verb && LawInstrument.by(s, i, knowledge.lexicon().lists().words(LawInstrument.LAWS)); // "ist es durch das Gesetz verboten"
    if ((targets.isEmpty() || placeTarget) && found.isEmpty() && verb && (s.isPassive(i) || byLaw && LawInstrument.stative(s, i))
        && KindredPassive.has(rule.source(), Slot.Type.NSUBJ) && scene.onOwnCountry(rule.code(), match.anchor() < 0) && !HiddenAgentPhrase.on(s, i)
        && (byLaw || !StateScene.patientByPronoun(s, i) && !StateScene.agentPhrase(s, i))) {
      // "Der Notstand wurde ausgerufen", "In Tiflis wurden Versammlungen verboten": the state of the scene on its own people
      String country = knowledge.authorities().sceneBefore(rule.code(), s.lemma(i)) ? scene.namedCountry(s, i, paragraphStart) : scene.namedCountry(s, i);
      if (country != null && !StateScene.foreignPatient(s, i, country) && !scene.strangerAbroad(s, i, country)) {
        return new Filled(List.of(new Arg(defaults.authority(country, rule.code(), s.lemma(i)), -1, ArgumentSource.IMPLICIT)),
            List.of(new Arg(scene.onWhom(rule.code(), country), -1, ArgumentSource.IMPLICIT)), true, null);
      }
      int party = country == null ? -1 : StateScene.foreignPatientParty(s, i, country);
      if (party >= 0) { // "In Teheran wurde dem Team des ZDF verboten, …": the state of the scene on that foreign party
        return new Filled(List.of(new Arg(defaults.authority(country, rule.code(), s.lemma(i)), -1, ArgumentSource.IMPLICIT)),
            List.of(new Arg(s.anyMention(party).actor(), party)), true, null);
      }
    }
    if (!verb && found.isEmpty() && scene.onOwnCountry(rule.code(), true) && OccurringStateActs.told(s, i)) {
      String country = scene.country(s, i); // "Vereinzelt kam es zu Verhaftungen": the authorities of the scene
      if (country != null) {
        List<Arg> on = targets.isEmpty() || placeTarget ? List.of(new Arg(scene.onWhom(rule.code(), country), -1, ArgumentSource.IMPLICIT)) : targets;
        return new Filled(List.of(new Arg(defaults.authority(country, rule.code(), s.lemma(i)), -1, ArgumentSource.IMPLICIT)), on, true, null);
      }
    }
    if (!verb && ActFrames.framing(s, i)) {
      return new Filled(found, targets, implied, antecedentDate); // "nach dem Angriff": a time, not the act told again
    }
    boolean remention = !verb && anaphora.definite(s, i);
    if (!verb && !remention && QuotedWords.contain(anaphora.quotes(), s.token(i).span())) {
      return new Filled(found, targets, implied, antecedentDate); // a speaker's word on acts, not the act told before
    }
    Discourse.Reach reach = remention ? Discourse.Reach.ARTICLE : new Discourse.Reach(index, paragraphStart);
    if (targets.isEmpty() && !verb && KindredPassive.has(rule.target(), Slot.Type.CONTEXT) && !ActFrames.occasionOfOwnClause(s, i)) {
      Discourse.Antecedent t = discourse.target(index, reach, Set.of(root), found.stream().map(Arg::actor).toList());
      // a claimant claims no attack on its own country: that target was another side's act
      if (t != null && !(claimed && found.stream().anyMatch(a -> java.util.Objects.equals(a.actor().country(), t.actor().country())))) {
        targets = List.of(new Arg(t.actor(), -1, ArgumentSource.ANTECEDENT));
        implied = true;
        antecedentDate = t.date();
      }
    }
    List<Arg> sources = found;
    boolean agentless = verb ? s.isPassive(i) && KindredPassive.has(rule.source(), Slot.Type.NSUBJ) : KindredPassive.has(rule.source(), Slot.Type.CONTEXT) || attackers.dyingAt(s, i);
    // "Man forderte die Regierung auf, …" outside reported speech: the one side acting in the scene
    boolean man = verb && !agentless && anaphora.impersonalSubject(s, i);
    if (sources.isEmpty() && (agentless || man) && !claimed && !targets.isEmpty() && !(verb && kindred.actAsPatient(s, i))) {
      List<ActorRef> on = targets.stream().map(Arg::actor).toList();
      Discourse.Antecedent a = man ? (placeTarget ? null : passives.sceneAgent(s, i, reach, rule.code(), on)) : claims.agent(s, i, rule.code(), paragraphStart, targets);
      a = a != null || man ? a : passives.agent(new PassiveAgent.Act(s, i, match, reach), on, !placeTarget && !HiddenAgentPhrase.on(s, i));
      if (a != null) {
        sources = List.of(new Arg(a.actor(), -1, a.codebook() ? ArgumentSource.IMPLICIT : ArgumentSource.ANTECEDENT));
        targets = a.codebook() || !verb ? targets : struck.apply(s, reach, rule.code(), a.actor(), targets); // "Dabei wurden vier Menschen getötet"
        implied = true;
        antecedentDate = a.date() != null ? a.date() : antecedentDate;
      }
    }
    Set<Integer> read = java.util.stream.Stream.concat(sources.stream(), targets.stream()).map(Arg::token).collect(java.util.stream.Collectors.toSet());
    if (!verb && !claimed && restated.told(s, i, root, read) && !knowledge.parallels().told(s, s.head(i), List.of(i)) // not "Auch die Kämpfe …"
         && (sources.isEmpty() || targets.isEmpty() || placeTarget)) {
      List<ActorRef> named = sources.stream().map(Arg::actor).toList();
      List<ActorRef> on = placeTarget ? List.of() : targets.stream().map(Arg::actor).toList();
      // the latest act of its own root, else of its kindred roots ("das Attentat" after a suicide attack and air strikes)
      Discourse.Act act = java.util.Optional.ofNullable(restated.restated(index, 0, Set.of(root), named, on))
          .orElseGet(() -> restated.restated(index, 0, knowledge.implicitActors().agentFrom(rule.code()), named, on));
      if (act != null) { // "Der Ausschluss erfolgte als Reaktion …": both sides of the act told again
        return new Filled(sources.isEmpty() ? List.of(new Arg(act.source(), -1, ArgumentSource.ANTECEDENT)) : sources,
            targets.isEmpty() || placeTarget ? List.of(new Arg(act.target(), -1, ArgumentSource.ANTECEDENT)) : targets, true, act.date());
      }
    }
    String state = sources.isEmpty() ? knowledge.crowds().control().stateOn(rule.code(), targets.stream().map(Arg::actor).toList()) : null;
    if (state != null && state.equals(scene.country(s, i))) { // "beim Vorgehen gegen Demonstranten": the protesters' own state, where they protest
      sources = List.of(new Arg(defaults.authority(state, rule.code(), s.lemma(i)), -1, ArgumentSource.IMPLICIT));
      implied = true;
    }
    if (sources.isEmpty()) { // "Die Besetzung des Regierungssitzes dauert an": the protesters of the scene
      ActorRef crowd = knowledge.crowds().crowd(s, i, match, targets,
          new ProtestCrowd.Scene(finder, countries, scene.country(s, i)));
      if (crowd != null) {
        sources = List.of(new Arg(crowd, -1, ArgumentSource.IMPLICIT));
        Arg t = targets.isEmpty() ? defaults.target(s, i, match, List.of(crowd)) : null;
        // a protest the state put down was against that state, also where the sentence names another ("Obamas Hoffnung erlitt einen Dämpfer, als Proteste im Iran niedergeschlagen wurden")
        t = t == null && targets.isEmpty() && knowledge.crowds().putDown(s, i) ? new Arg(defaults.government(crowd.country()), -1, ArgumentSource.IMPLICIT) : t;
        targets = t == null ? targets : List.of(t);
        implied = true;
      }
    }
    // not when an agent is an object in its sentence or a name in apposition to the act ("tötete bei einem Luftangriff X Y": the victim)
    boolean objectAgent = sources.stream().anyMatch(a -> a.token() >= 0 && ForceScene.LOOSE.contains(s.baseRel(a.token())));
    ActorRef forced = targets.isEmpty() && !objectAgent ? scenes.target(s, i, rule.code(), sources) : null;
    if (forced != null) { // the last default: force at its scene, or at home on the side of the dyad in force
      targets = List.of(new Arg(forced, -1, ArgumentSource.IMPLICIT));
      implied = true;
    }
    if (targets.isEmpty() && !sources.isEmpty() && knowledge.modality().classify(s, i, match.anchor()).reportable()) {
      // "Ägypten schlug eine Resolution vor": no event, but "den Vorschlag" later is Egypt's act
      sources.stream().filter(a -> a.from() != ArgumentSource.ANTECEDENT && a.from() != ArgumentSource.IMPLICIT)
          .forEach(a -> discourse.untargeted(index, a.actor(), root));
    }
    repeats.sourceless(s, i, match, sources, targets, placeTarget); // "X wurde aufgefordert, …": a repeat of it takes X
    // "Die Polizei nahm Ahmed K. fest": a person nobody placed is the acting state's own civilian
    targets = CountrylessPatients.apply(knowledge, finder, new CountrylessPatients.Act(s, i, match, countries.focus()), sources, targets);
    return new Filled(sources, ForeignPeople.standard().apply(s, rule.code(), sources, // deportees are no state's own people
        OriginPeople.apply(scene, s, rule.code(), targets)), implied, antecedentDate);
  }
}
