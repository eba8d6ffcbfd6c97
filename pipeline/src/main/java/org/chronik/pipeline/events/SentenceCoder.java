package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.Article;
import org.chronik.model.Event;
import org.chronik.model.EventCandidate;
import org.chronik.model.EventCode;
import org.chronik.model.Modality;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * Codes the events of one sentence: matches the patterns at every token (verbs first), finds the
 * actors of their slots, pairs sources with targets and builds the events. Matches that give no
 * event are kept as candidates with the reason. One instance per document.
 */
final class SentenceCoder {
  private final EventCoder.Knowledge knowledge;
  private final Article article;
  private final ArgumentFinder finder;
  private final List<TimeExpression> timexes;
  private final List<Event> events = new ArrayList<>();
  private final List<EventCandidate> candidates = new ArrayList<>();

  SentenceCoder(EventCoder.Knowledge knowledge, Article article, ArgumentFinder finder, List<TimeExpression> timexes) {
    this.knowledge = knowledge;
    this.article = article;
    this.finder = finder;
    this.timexes = timexes;
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
    final Set<String> seen = new HashSet<>();
    final Set<Integer> coded = new HashSet<>();

    Sentence(SentenceView s, List<SentenceView> paragraphBefore) {
      this.s = s;
      this.paragraphBefore = paragraphBefore;
    }
  }

  void code(SentenceView s, List<SentenceView> paragraphBefore) {
    Sentence sentence = new Sentence(s, paragraphBefore);
    List<List<RuleMatcher.Match>> byToken = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      byToken.add(RuleMatcher.matches(knowledge.lexicon(), s, i));
    }
    // verbs first: a noun that is the object of a verb pattern which coded an event is not coded again
    for (EventRule.Kind kind : EventRule.Kind.values()) {
      for (int i = 0; i < s.size(); i++) {
        for (RuleMatcher.Match match : byToken.get(i)) {
          EventRule rule = match.rule();
          if (rule.kind() == kind && !(kind == EventRule.Kind.NOUN && sentence.coded.contains(i))) {
            codeMatch(sentence, i, match);
          }
        }
      }
    }
  }

  private void codeMatch(Sentence sentence, int i, RuleMatcher.Match match) {
    SentenceView s = sentence.s;
    EventRule rule = match.rule();
    boolean verb = rule.kind() == EventRule.Kind.VERB;
    List<Arg> sources = withoutReporters(s, finder.find(s, i, match.anchor(), rule.source(), verb));
    List<Arg> targets = withoutReporters(s, finder.find(s, i, match.anchor(), rule.target(), verb)).stream()
        .filter(t -> sources.stream().noneMatch(a -> a.token() == t.token())).toList();
    boolean mutual = rule.mutual() || knowledge.modality().mutualAdverb(s, i);
    // actors doing something together ("gemeinsam gegen Sanktionen vorgehen") cooperate with each
    // other; actors doing it to each other ("warfen sich gegenseitig … vor") keep the act's code
    boolean joint = !rule.mutual() && mutual && targets.isEmpty() && !knowledge.modality().reciprocalAdverb(s, i);
    String code = joint ? knowledge.jointCode() : rule.code();
    List<Arg[]> pairs = pairs(sources, targets, mutual);
    if (pairs.isEmpty()) {
      EventCandidate.Problem problem = sources.isEmpty() ? EventCandidate.Problem.NO_SOURCE
          : targets.isEmpty() ? EventCandidate.Problem.NO_TARGET : EventCandidate.Problem.SAME_SIDE;
      candidate(s, i, match, sources, targets, problem);
      return;
    }
    boolean any = false;
    for (Arg[] pair : pairs) {
      Event e = build(sentence, i, match, code, pair[0], pair[1], mutual);
      if (e.code().quad() <= 2 && Sides.same(e.source(), e.target())) {
        continue; // a state cooperating with itself is an artefact of country-level keys
      }
      any = true;
      String key = e.source().country() + ">" + e.target().country() + ":" + e.code().root() + ":" + e.modality();
      String mirrored = e.target().country() + ">" + e.source().country() + ":" + e.code().root() + ":" + e.modality();
      // one sentence, one event per actor pair and root: a verb and its noun say the same thing
      if (sentence.seen.contains(key) || (e.symmetric() && sentence.seen.contains(mirrored))) {
        continue;
      }
      sentence.seen.add(key);
      events.add(e);
      sentence.coded.add(match.anchor());
    }
    if (!any) {
      candidate(s, i, match, sources, targets, EventCandidate.Problem.SAME_SIDE);
    }
  }

  private void candidate(SentenceView s, int i, RuleMatcher.Match match, List<Arg> sources, List<Arg> targets,
      EventCandidate.Problem problem) {
    EventRule rule = match.rule();
    boolean verb = rule.kind() == EventRule.Kind.VERB;
    List<org.chronik.model.Mention> countryless = new ArrayList<>();
    countryless.addAll(finder.countryless(s, i, match.anchor(), rule.source(), verb));
    countryless.addAll(finder.countryless(s, i, match.anchor(), rule.target(), verb));
    candidates.add(new EventCandidate(s.sentence.span(), s.token(i).span(), rule.id(), rule.code(),
        sources.stream().map(Arg::actor).toList(), targets.stream().map(Arg::actor).toList(), countryless, problem));
  }

  private List<Arg> withoutReporters(SentenceView s, List<Arg> args) {
    return args.stream().filter(a -> !knowledge.attribution().isReporter(s, a.token())).toList();
  }

  /** Source × target pairs; coordinated actors of a mutual act without a target pair up with each other. */
  private static List<Arg[]> pairs(List<Arg> sources, List<Arg> targets, boolean mutual) {
    List<Arg[]> out = new ArrayList<>();
    if (!targets.isEmpty()) {
      for (Arg a : sources) {
        for (Arg b : targets) {
          if (!a.actor().id().equals(b.actor().id())) {
            out.add(new Arg[] {a, b});
          }
        }
      }
    } else if (mutual) {
      for (int x = 0; x < sources.size(); x++) {
        for (int y = x + 1; y < sources.size(); y++) {
          if (!Sides.same(sources.get(x).actor(), sources.get(y).actor())) {
            out.add(new Arg[] {sources.get(x), sources.get(y)});
          }
        }
      }
    }
    return out;
  }

  private Event build(Sentence sentence, int trigger, RuleMatcher.Match match, String ruleCode, Arg source, Arg target,
      boolean mutual) {
    SentenceView s = sentence.s;
    ModalityDetector modality = knowledge.modality();
    Modality mod = modality.classify(s, trigger, match.anchor());
    String code = ruleCode;
    if (code.startsWith("03")) {
      mod = mod == Modality.ASSERTED ? Modality.INTENT : mod;
    } else if (mod == Modality.INTENT) {
      String recoded = modality.intentCode(code);
      code = recoded == null ? code : recoded;
    }
    EventCode eventCode = knowledge.codebook().get(code);
    EventDater.Dated dated = EventDater.date(s, trigger, modality.pluperfect(s, trigger), timexes, sentence.paragraphBefore,
        article.creationDate());
    List<Span> matched = new ArrayList<>();
    matched.add(s.token(trigger).span());
    if (match.anchor() >= 0) {
      matched.add(s.token(match.anchor()).span());
    }
    if (match.extra() >= 0) {
      matched.add(s.token(match.extra()).span());
    }
    matched.add(s.token(source.token()).span());
    matched.add(s.token(target.token()).span());
    ActorRef reporter = knowledge.attribution().find(s, trigger);
    return new Event(article.id() + "-ev" + (events.size() + 1), s.sentence.span(), s.token(trigger).span(), source.actor(),
        target.actor(), mutual, eventCode, dated.date(), dated.source(), PlaceFinder.place(s, trigger), mod, reporter,
        match.rule().id(), matched, null);
  }
}
