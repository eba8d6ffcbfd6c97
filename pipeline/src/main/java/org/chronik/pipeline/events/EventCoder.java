package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.CleanedText;
import org.chronik.model.Event;
import org.chronik.model.EventCode;
import org.chronik.model.Furniture;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.Modality;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;
import org.chronik.pipeline.Stage;
import org.chronik.pipeline.attribution.AttributionLexicon;
import org.chronik.pipeline.attribution.Reporters;
import org.chronik.pipeline.events.ArgumentFinder.Arg;
import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * Codes events: matches the language's verb and noun patterns on the dependency parse, finds
 * source and target actors in the patterns' slots, and adds modality, attribution, date and place.
 */
public final class EventCoder implements Stage {
  private final EventLexicon lexicon;
  private final Codebook codebook;
  private final ModalityCues cues;
  private final ModalityDetector modality;
  private final Reporters attribution;
  private final String jointCode;

  private EventCoder(EventLexicon lexicon, Codebook codebook, ModalityCues cues, AttributionLexicon attribution) {
    this.lexicon = lexicon;
    this.codebook = codebook;
    this.cues = cues;
    this.modality = new ModalityDetector(cues);
    this.attribution = new Reporters(attribution);
    this.jointCode = cues.jointCode();
    codebook.get(jointCode);
  }

  /** The coder for a language, from {@code lang/<iso>/events/}, the CAMEO codebook and the shared attribution cues. */
  public static EventCoder forLanguage(String iso, AttributionLexicon attribution) {
    Codebook book = Codebook.cameo();
    return new EventCoder(EventLexicon.forLanguage(iso, book), book, ModalityCues.forLanguage(iso), attribution);
  }

  /** The coder with its own copy of the attribution cues (tests). */
  public static EventCoder forLanguage(String iso) {
    return forLanguage(iso, AttributionLexicon.forLanguage(iso));
  }

  public EventLexicon lexicon() {
    return lexicon;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.SENTENCES, Layer.TIMEX, Layer.MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layer.EVENTS);
  }

  @Override
  public AnnotatedDocument apply(AnnotatedDocument document) {
    Article article = document.article();
    List<Mention> mentions = document.layer(Layer.MENTIONS);
    List<TimeExpression> timexes = document.layer(Layer.TIMEX);
    List<Span> furniture = document.find(Layer.CLEAN).map(EventCoder::furnitureSpans).orElse(List.of());
    PairResolver pairs = new PairResolver(mentions, cues.all(Kind.PAIR, Where.DEPENDENT));
    ArgumentFinder finder = new ArgumentFinder(pairs, attribution.adpositions(), cues.all(Kind.CONTROL, Where.GOVERNOR));
    List<Event> events = new ArrayList<>();
    List<SentenceView> paragraph = new ArrayList<>();
    SentenceView previous = null;
    for (Sentence sentence : document.layer(Layer.SENTENCES)) {
      SentenceView s = new SentenceView(sentence, article.body(), mentions);
      if (previous != null && newParagraph(article.body(), previous, s)) {
        paragraph.clear();
      }
      if (s.hasFiniteVerb() && furniture.stream().noneMatch(f -> f.overlaps(sentence.span()))) {
        codeSentence(article, s, finder, timexes, List.copyOf(paragraph), events);
      }
      paragraph.add(s);
      previous = s;
    }
    return document.with(Layer.EVENTS, markDuplicates(events));
  }

  private static List<Span> furnitureSpans(CleanedText clean) {
    return clean.furniture().stream().filter(f -> !f.kind().equals("DATELINE")).map(Furniture::span).toList();
  }

  private static boolean newParagraph(String body, SentenceView before, SentenceView s) {
    int from = Math.min(before.sentence.span().end(), s.sentence.span().begin());
    return body.substring(from, s.sentence.span().begin()).contains("\n");
  }

  private void codeSentence(Article article, SentenceView s, ArgumentFinder finder, List<TimeExpression> timexes,
      List<SentenceView> paragraphBefore, List<Event> out) {
    Set<String> seen = new HashSet<>();
    List<List<RuleMatcher.Match>> byToken = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      byToken.add(RuleMatcher.matches(lexicon, s, i));
    }
    // verbs first: a noun that is the object of a verb pattern which coded an event is not coded again
    Set<Integer> coded = new HashSet<>();
    for (EventRule.Kind kind : EventRule.Kind.values()) {
      for (int i = 0; i < s.size(); i++) {
        codeToken(article, s, i, kind, byToken.get(i), finder, timexes, paragraphBefore, seen, coded, out);
      }
    }
  }

  private void codeToken(Article article, SentenceView s, int i, EventRule.Kind kind, List<RuleMatcher.Match> matches,
      ArgumentFinder finder, List<TimeExpression> timexes, List<SentenceView> paragraphBefore, Set<String> seen,
      Set<Integer> coded, List<Event> out) {
    {
      for (RuleMatcher.Match match : matches) {
        EventRule rule = match.rule();
        if (rule.kind() != kind || rule.kind() == EventRule.Kind.NOUN && coded.contains(i)) {
          continue;
        }
        boolean verb = rule.kind() == EventRule.Kind.VERB;
        List<Arg> sources = withoutReporters(s, finder.find(s, i, match.anchor(), rule.source(), verb));
        List<Arg> targets = withoutReporters(s, finder.find(s, i, match.anchor(), rule.target(), verb));
        targets = targets.stream().filter(t -> sources.stream().noneMatch(a -> a.token() == t.token())).toList();
        boolean mutual = rule.mutual() || modality.mutualAdverb(s, i);
        // actors doing something together ("gemeinsam gegen Sanktionen vorgehen") cooperate with each
        // other; actors doing it to each other ("warfen sich gegenseitig … vor") keep the act's code
        boolean joint = !rule.mutual() && mutual && targets.isEmpty() && !modality.reciprocalAdverb(s, i);
        String code = joint ? jointCode : rule.code();
        for (Arg[] pair : pairs(sources, targets, mutual)) {
          Event e = build(article, s, i, match, code, pair[0], pair[1], mutual, timexes, paragraphBefore, out.size());
          if (e.code().quad() <= 2 && sameSide(e.source(), e.target())) {
            continue; // a state cooperating with itself is an artefact of country-level keys
          }
          String key = e.source().country() + ">" + e.target().country() + ":" + e.code().root() + ":" + e.modality();
          String mirrored = e.target().country() + ">" + e.source().country() + ":" + e.code().root() + ":" + e.modality();
          // one sentence, one event per actor pair and root: a verb and its noun say the same thing
          if (seen.contains(key) || (e.symmetric() && seen.contains(mirrored))) {
            continue;
          }
          seen.add(key);
          out.add(e);
          coded.add(match.anchor());
        }
      }
    }
  }

  private List<Arg> withoutReporters(SentenceView s, List<Arg> args) {
    return args.stream().filter(a -> !attribution.isReporter(s.sentence, a.token())).toList();
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
          if (!sameSide(sources.get(x).actor(), sources.get(y).actor())) {
            out.add(new Arg[] {sources.get(x), sources.get(y)});
          }
        }
      }
    }
    return out;
  }

  /**
   * True when two actors are one side: the same actor, a state and anyone of that state ("Putin und
   * Russland"), two government actors of one state ("Xi und Li Qiang"), or two bodies of one
   * international organisation ("die EU-Kommission und die EU-Staaten"). Parties, opposition,
   * rebels and other organisations of one country are sides of their own ("FPÖ und Grüne").
   */
  static boolean sameSide(ActorRef a, ActorRef b) {
    if (a.id().equals(b.id())) {
      return true;
    }
    if (a.country() == null || !a.country().equals(b.country())) {
      return false;
    }
    return a.type() == ActorType.COUNTRY || b.type() == ActorType.COUNTRY || "GOV".equals(a.sector()) && "GOV".equals(b.sector())
        || a.country().startsWith("IGO."); // the EU and its Commission, the UN and its Secretary-General
  }

  private Event build(Article article, SentenceView s, int trigger, RuleMatcher.Match match, String ruleCode, Arg source, Arg target,
      boolean mutual, List<TimeExpression> timexes, List<SentenceView> paragraphBefore, int n) {
    EventRule rule = match.rule();
    Modality mod = modality.classify(s, trigger, match.anchor());
    String code = ruleCode;
    if (code.startsWith("03")) {
      mod = mod == Modality.ASSERTED ? Modality.INTENT : mod;
    } else if (mod == Modality.INTENT) {
      String recoded = modality.intentCode(code);
      code = recoded == null ? code : recoded;
    }
    EventCode eventCode = codebook.get(code);
    EventDater.Dated dated = EventDater.date(s, trigger, modality.pluperfect(s, trigger), timexes, paragraphBefore,
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
    ActorRef reporter = attribution.find(s.sentence, trigger, i -> actorAt(s, i));
    return new Event(article.id() + "-ev" + (n + 1), s.sentence.span(), s.token(trigger).span(), source.actor(),
        target.actor(), mutual, eventCode, dated.date(), dated.source(), PlaceFinder.place(s, trigger), mod, reporter,
        rule.id(), matched, null);
  }

  private static ActorRef actorAt(SentenceView s, int token) {
    Mention m = ActorPhrase.actorOf(s, token);
    return m == null ? null : m.actor();
  }

  /** Later mentions of the same event in the article point at the first. */
  private static List<Event> markDuplicates(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      Event first = null;
      for (Event f : out) {
        if (f.duplicateOf() == null && sameEvent(f, e)) {
          first = f;
          break;
        }
      }
      out.add(first == null ? e : new Event(e.id(), e.evidence(), e.trigger(), e.source(), e.target(), e.symmetric(),
          e.code(), e.date(), e.dateSource(), e.place(), e.modality(), e.attribution(), e.rule(), e.matched(), first.id()));
    }
    return out;
  }

  private static boolean sameEvent(Event a, Event b) {
    boolean actors = a.source().id().equals(b.source().id()) && a.target().id().equals(b.target().id())
        || (a.symmetric() && b.symmetric() && a.source().id().equals(b.target().id()) && a.target().id().equals(b.source().id()));
    return actors && a.code().code().equals(b.code().code()) && a.modality() == b.modality()
        && java.util.Objects.equals(a.date(), b.date());
  }
}
