package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;
import org.chronik.model.Event;
import org.chronik.model.EventCandidate;
import org.chronik.model.Mention;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * Codes the events of one sentence: matches the patterns at every token (verbs first), finds the
 * actors of their slots, pairs sources with targets and builds the events. Matches that give no
 * event are kept as candidates with the reason. One instance per document.
 */
final class SentenceCoder {
  private final EventCoder.Knowledge knowledge;
  private final ArgumentFinder finder;
  private final EventBuilder builder;
  private final List<Event> events = new ArrayList<>();
  private final List<EventCandidate> candidates = new ArrayList<>();
  private final Discourse discourse = new Discourse();
  private final FocusCountry countries;
  private final ImplicitArguments implicit;
  private final VotingBody votingBody = new VotingBody();
  private final LateDyads late;
  private final ClauseNegation negation;
  private final List<org.chronik.model.Quote> quotes;

  SentenceCoder(EventCoder.Knowledge knowledge, Article article, ArgumentFinder finder, EventDater dater, FocusCountry countries,
      Anaphora anaphora) {
    this.knowledge = knowledge;
    this.countries = countries;
    this.implicit = new ImplicitArguments(new ImplicitParts(knowledge, finder, countries, discourse, anaphora));
    this.builder = new EventBuilder(knowledge, article, dater, anaphora);
    this.finder = finder;
    this.negation = new ClauseNegation(knowledge.cues());
    this.quotes = anaphora.quotes();
    this.late = new LateDyads(knowledge);
  }

  List<Event> events() {
    return events;
  }

  List<EventCandidate> candidates() {
    return candidates;
  }

  /** One sentence's state while it is coded. */
  private final class Sentence {
    final SentenceView s;
    final List<SentenceView> paragraphBefore;
    final ToldActs seen;
    /** Nouns a verb event took as its object, with that event's code and sources. */
    final Map<Integer, OwnActs.Taker> taken = new HashMap<>();
    /** Nouns that met a verb event's dependent condition ("ging auf die Forderung ein"), likewise. */
    final Map<Integer, OwnActs.Taker> answered = new HashMap<>();

    Sentence(SentenceView s, List<SentenceView> paragraphBefore) {
      this.s = s;
      this.paragraphBefore = paragraphBefore;
      this.seen = new ToldActs(s);
    }
  }

  void code(SentenceView s, List<SentenceView> paragraphBefore) {
    if (s.grammar().sportsMatch(s)) { // a sports match holds no act between the teams' countries
      return; // "ist zum Achtelfinale nach London gereist": teams, not their states
    }
    votingBody.saw(s);
    Sentence sentence = new Sentence(s, paragraphBefore);
    List<List<RuleMatcher.Match>> byToken = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      byToken.add(RuleMatcher.matches(knowledge.lexicon(), s, i));
    }
    // verbs first: a noun that is the object of a verb pattern which coded an event is coded again only
    // as an act of its own agent (OwnActs)
    for (EventRule.Kind kind : EventRule.Kind.values()) {
      for (int i = 0; i < s.size(); i++) {
        for (RuleMatcher.Match match : byToken.get(i)) {
          EventRule rule = match.rule();
          if (rule.kind() == kind) {
            codeMatch(sentence, i, match);
          }
        }
      }
    }
    late.codeAgain(candidates, events.size(), (i, match) -> codeMatch(sentence, i, match)); // the other side told later in the sentence
    for (ReportedDemands.Demand d : ReportedDemands.find(s, finder, negation, quotes)) {
      reported(sentence, d);
    }
  }

  /** A demand told as what another side must do ("Der Iran müsse …, sagte Rice"): the speaker's of the clause's subject. */
  private void reported(Sentence sentence, ReportedDemands.Demand d) {
    RuleMatcher.Match match = new RuleMatcher.Match(ReportedDemands.RULE, -1, -1);
    Event e = builder.build(sentence.s, sentence.paragraphBefore, new EventBuilder.Act(match, d.modal(), ReportedDemands.RULE.code(),
        d.speaker(), d.target(), false, false, null), events.size() + 1);
    String key = e.source().country() + ">" + e.target().country() + ":" + e.code().root() + ":" + e.modality();
    if (Sides.same(e.source(), e.target()) || knowledge.privateSectors().between(e.source(), e.target()) || !sentence.seen.add(key)) {
      return; // one side's own policy, business talk, or a demand the sentence's verb already told
    }
    events.add(e);
    discourse.event(sentence.s.sentence.index(), e);
  }

  private void codeMatch(Sentence sentence, int i, RuleMatcher.Match match) {
    SentenceView s = sentence.s;
    EventRule rule = match.rule();
    boolean verb = rule.kind() == EventRule.Kind.VERB;
    List<Arg> parsed = withoutReporters(s, finder.sources(s, i, match.anchor(), Victims.sourceSlots(s, i, rule), verb));
    List<Arg> parsedTargets = withoutReporters(s, finder.find(s, i, match.anchor(), rule.target(), verb)).stream()
        .filter(t -> parsed.stream().noneMatch(a -> a.token() == t.token())).toList();
    // a broken parse: the actors by word order in the trigger's clause (GermanClauseOrder)
    List<Arg> found = withoutReporters(s, GermanClauseOrder.source(s, knowledge.cases(), i, rule, parsed, parsedTargets));
    List<Arg> targets = withoutReporters(s, GermanClauseOrder.target(s, knowledge.cases(), match, i, found, parsedTargets));
    if (targets.isEmpty()) {
      targets = SubjectList.partner(s, rule, found); // "führen die EU, die EZB sowie der IWF mit Griechenland"
    }
    OwnActs.Taker taker = verb ? null : sentence.taken.get(i);
    OwnActs.Taker answerer = verb ? null : sentence.answered.get(i);
    if (answerer != null) {
      targets = knowledge.ownActs().answered(s, i, rule.code(), answerer, found, targets);
    }
    ImplicitArguments.Filled filled = taker == null ? implicit.fill(s, paragraphStart(sentence), i, match, found, targets)
        : knowledge.ownActs().fill(s, i, rule, taker, found, targets);
    if (filled == null && knowledge.crowds().putDown(s, i)) { // "Die Polizei löste die Kundgebung auf": the crowd's protest too
      filled = implicit.fill(s, paragraphStart(sentence), i, match, found, targets);
    }
    if (filled == null) {
      return; // the verb's act names this one: "verurteilte den Angriff"
    }
    List<Arg> sources = filled.sources();
    targets = filled.targets();
    boolean implied = filled.implied();
    PartialDate antecedentDate = filled.antecedentDate(); // the date of the earlier act an actor was taken from
    int index = s.sentence.index();
    boolean together = knowledge.modality().mutualAdverb(s, i) && !knowledge.modality().reciprocalAdverb(s, i);
    // a statement or appeal made together without a target ("Beide riefen gemeinsam zum Klimaschutz
    // auf") is each one's word to the public: no act between them
    boolean saidTogether = !rule.mutual() && together && targets.isEmpty() && knowledge.codebook().get(rule.code()).quad() == 1;
    boolean mutual = rule.mutual() || knowledge.modality().mutualAdverb(s, i) && !saidTogether;
    // actors doing something together ("gemeinsam gegen Sanktionen vorgehen") cooperate with each
    // other; actors doing it to each other ("warfen sich gegenseitig … vor") keep the act's code
    boolean joint = !rule.mutual() && mutual && targets.isEmpty() && !knowledge.modality().reciprocalAdverb(s, i);
    String code = joint ? knowledge.jointCode() : rule.code();
    // a list acting as one side: its partner is the phrase the parser hung on a member, never a member
    boolean oneSide = rule.mutual() && !knowledge.modality().mutualAdverb(s, i) && SubjectList.oneSide(s, i, sources, false);
    List<Arg[]> pairs = SubjectList.pairs(sources, targets, mutual && !oneSide);
    // "die Außenminister der NATO kamen zu einer Sondersitzung zusammen": a meeting within the body
    Arg body = pairs.isEmpty() && targets.isEmpty() ? GroupMeeting.body(s, i, match, sources, knowledge.lexicon().lists().words(GroupMeeting.INSTITUTIONS)) : null;
    if (body != null) {
      pairs = List.<Arg[]>of(new Arg[] {body, body});
    }
    Arg voted = pairs.isEmpty() && targets.isEmpty() ? votingBody.body(s, i, match, sources) : null;
    if (voted != null) {
      pairs = SubjectList.pairs(sources, List.of(voted), false); // "Die Gegenstimmen kamen von Kuba und Bolivien"
    }
    List<Arg[]> rivals = pairs.isEmpty() && targets.isEmpty()
        ? Rivals.pair(s, i, knowledge.codebook().get(code).quad(), sources) : List.of();
    if (!rivals.isEmpty()) {
      pairs = rivals; // "kämpfen die Regierung und die Rebellen um die Macht": each other
      mutual = true;
    }
    if (pairs.isEmpty()) {
      EventCandidate.Problem problem = sources.isEmpty() ? EventCandidate.Problem.NO_SOURCE
          : targets.isEmpty() ? EventCandidate.Problem.NO_TARGET : EventCandidate.Problem.SAME_SIDE;
      candidate(s, i, match, sources, targets, problem);
      return;
    }
    boolean any = false;
    boolean privateOnly = false;
    for (Arg[] pair : pairs) {
      Event e = builder.build(s, sentence.paragraphBefore,
          new EventBuilder.Act(match, i, code, pair[0], pair[1], mutual, implied, antecedentDate), events.size() + 1);
      if (body == null && e.code().quad() <= 2 && Sides.same(e.source(), e.target())
          && !OwnSideActs.kept(e.code().code(), e.source(), e.target())) {
        continue; // a state cooperating with itself is an artefact of country-level keys
      }
      if (knowledge.privateSectors().between(e.source(), e.target()) || knowledge.privateSectors().unofficial(e.code().code(), e.source())) {
        privateOnly = true; // business or media talk between companies, managers, media; a private trip
        continue;
      }
      any = true;
      String key = e.source().country() + ">" + e.target().country() + ":" + e.code().root() + ":" + e.modality();
      String mirrored = e.target().country() + ">" + e.source().country() + ":" + e.code().root() + ":" + e.modality();
      // one sentence, one event per actor pair and root (a verb and its noun say the same thing), but
      // two coordinated verbs of two material acts (ToldActs)
      if (sentence.seen.told(key, i, verb, e) || (e.symmetric() && sentence.seen.told(mirrored, i, verb, e))) {
        continue;
      }
      sentence.seen.add(key, i, verb, e);
      events.add(e);
      if (!Victims.retold(s, i, rule, e)) {
        discourse.event(index, e);
      }
      if (verb && match.anchor() >= 0) {
        sentence.taken.computeIfAbsent(match.anchor(), a -> new OwnActs.Taker(code, i, rule, new ArrayList<>())).sources().add(pair[0]);
      }
      for (int answered : verb ? answerable(s, i, match) : List.<Integer>of()) {
        sentence.answered.computeIfAbsent(answered, a -> new OwnActs.Taker(code, i, rule, new ArrayList<>())).sources().add(pair[0]);
      }
    }
    if (!any) {
      candidate(s, i, match, sources, targets, privateOnly ? EventCandidate.Problem.PRIVATE : EventCandidate.Problem.SAME_SIDE);
    }
  }

  /** The nouns a verb's act may answer: its dependent condition's word and its objects other than the anchor. */
  private static List<Integer> answerable(SentenceView s, int verb, RuleMatcher.Match match) {
    List<Integer> out = new ArrayList<>();
    if (match.extra() >= 0) {
      out.add(match.extra());
    }
    for (int c : s.children(verb)) {
      if (c != match.anchor() && s.baseRel(c).equals("obj")) {
        out.add(c);
      }
    }
    return out;
  }

  private void candidate(SentenceView s, int i, RuleMatcher.Match match, List<Arg> sources, List<Arg> targets,
      EventCandidate.Problem problem) {
    EventRule rule = match.rule();
    boolean verb = rule.kind() == EventRule.Kind.VERB;
    List<org.chronik.model.Mention> countryless = new ArrayList<>();
    countryless.addAll(finder.countryless(s, i, match.anchor(), Victims.sourceSlots(s, i, rule), verb));
    countryless.addAll(finder.countryless(s, i, match.anchor(), rule.target(), verb));
    EventCandidate c = new EventCandidate(s.sentence.span(), s.token(i).span(), rule.id(), rule.code(),
        sources.stream().map(Arg::actor).toList(), targets.stream().map(Arg::actor).toList(), countryless, problem);
    candidates.add(c);
    late.note(i, match, c, events.size());
  }

  private List<Arg> withoutReporters(SentenceView s, List<Arg> args) {
    return args.stream().filter(a -> a.token() < 0 || !knowledge.attribution().isReporter(s.sentence, a.token())).toList();
  }

  private static int paragraphStart(Sentence sentence) {
    return sentence.paragraphBefore.isEmpty() ? sentence.s.sentence.index() : sentence.paragraphBefore.get(0).sentence.index();
  }
}
