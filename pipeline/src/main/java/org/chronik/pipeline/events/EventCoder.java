package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.CleanedText;
import org.chronik.model.Event;
import org.chronik.model.Furniture;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;
import org.chronik.pipeline.Stage;
import org.chronik.pipeline.attribution.AttributionLexicon;
import org.chronik.pipeline.attribution.Reporters;
import org.chronik.pipeline.lemma.GermanLexicon;
import org.chronik.pipeline.events.ModalityCues.Kind;
import org.chronik.pipeline.events.ModalityCues.Where;

/**
 * Codes events: matches the language's verb and noun patterns on the dependency parse, finds
 * source and target actors in the patterns' slots, and adds modality, attribution, date and place.
 * Also produces the candidates that gave no event, with why.
 */
public final class EventCoder implements Stage {
  /** What the coder knows of a language: loaded once, shared by all documents and threads. */
  record Knowledge(EventLexicon lexicon, Codebook codebook, ModalityCues cues, ModalityDetector modality,
      Reporters attribution, String jointCode, ImplicitActors implicitActors, PlaceFinder places, CaseReader cases,
      EventGrammar grammar, AnaphorLexicon anaphors, StateActs stateActs, PrivateSectors privateSectors, OwnActs ownActs,
      ProtestCrowd crowds, ScenePeople scenePeople, ArmedActs armedActs, ActWords actWords, WeaponAgents.Words weapons,
      StateAuthorities authorities, ParallelActs parallels) {}

  private final Knowledge knowledge;
  /** A country key's English name for the actors the coder makes itself (a state as implicit party). */
  private final UnaryOperator<String> countryNames;

  private EventCoder(Knowledge knowledge, UnaryOperator<String> countryNames) {
    this.knowledge = knowledge;
    this.countryNames = Objects.requireNonNull(countryNames);
  }

  private EventCoder(String iso, Codebook codebook, CaseReader cases, AttributionLexicon attribution) {
    ModalityCues cues = ModalityCues.forLanguage(iso);
    EventLexicon lexicon = EventLexicon.forLanguage(iso, codebook);
    this.knowledge = new Knowledge(lexicon, codebook, cues, new ModalityDetector(cues),
        new Reporters(attribution), cues.jointCode(), ImplicitActors.load(), new PlaceFinder(cues.all(Kind.PLACE, Where.CASE),
        org.chronik.pipeline.actors.PlaceNouns.forLanguage(iso)),
        cases, EventGrammar.forLanguage(iso), AnaphorLexicon.forLanguage(iso), StateActs.load(),
        PrivateSectors.load(), OwnActs.load(), ProtestCrowd.forLanguage(iso), ScenePeople.load(),
        ArmedActs.forLanguage(iso), ActWords.forLanguage(iso), WeaponAgents.Words.from(lexicon.lists()),
        StateAuthorities.forLanguage(iso), ParallelActs.forLanguage(iso));
    codebook.get(cues.jointCode());
    this.countryNames = UnaryOperator.identity();
  }

  /**
   * This coder naming the states it adds as implicit parties from the pipeline's actor dictionary
   * ({@code key -> "Austria"}); without it a state the article names only by a place or an adjective
   * would be named by its key.
   */
  public EventCoder withCountryNames(UnaryOperator<String> names) {
    return new EventCoder(knowledge, names);
  }

  /**
   * The coder for a language, from {@code lang/<iso>/events/}, the CAMEO codebook and its own copy of
   * the shared attribution cues (tests), trusting the parser's subjects (no case check).
   */
  public static EventCoder forLanguage(String iso) {
    return new EventCoder(iso, Codebook.cameo(), CaseReader.NONE, AttributionLexicon.forLanguage(iso));
  }

  /**
   * The German coder, checking the parser's subjects against case with the German lexicon; reporters
   * ("laut X", "wie X mitteilte") come from the attribution cues the quote finder reads too.
   */
  public static EventCoder german(GermanLexicon lexicon, AttributionLexicon attribution) {
    return new EventCoder("de", Codebook.cameo(), new GermanCaseReader(lexicon), attribution);
  }

  public EventLexicon lexicon() {
    return knowledge.lexicon();
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.SENTENCES, Layer.TIMEX, Layer.MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layer.EVENTS, Layer.EVENT_CANDIDATES);
  }

  @Override
  public AnnotatedDocument apply(AnnotatedDocument document) {
    Article article = document.article();
    List<Mention> all = document.layer(Layer.MENTIONS);
    List<Sentence> sentences = document.layer(Layer.SENTENCES);
    // a platform spoken through ("auf Twitter") is no party to any act, but still tells what the
    // article is about (the focus country counts it)
    List<Mention> mentions = new ChannelPhrases(knowledge.grammar()).outside(sentences, all);
    List<Span> furniture = document.find(Layer.CLEAN).map(EventCoder::furnitureSpans).orElse(List.of());
    ModalityCues cues = knowledge.cues();
    PairResolver pairs = new PairResolver(mentions, cues.all(Kind.PAIR, Where.DEPENDENT), sentences);
    FocusCountry countries = new FocusCountry(all, countryNames);
    Anaphora anaphora = new Anaphora(knowledge.anaphors(), knowledge.attribution(), countries,
        document.find(Layer.QUOTES).orElse(List.of()), cues.all(Kind.CONTROL, Where.GOVERNOR));
    ArgumentFinder finder = new ArgumentFinder(pairs, knowledge.attribution().adpositions(), anaphora, knowledge.attribution().morphology());
    List<TimeExpression> times = document.layer(Layer.TIMEX);
    SentenceCoder coder = new SentenceCoder(knowledge, article, finder, EventDater.of(document,
        new FramedDates(knowledge.grammar(), knowledge.attribution()::isReportNoun)), countries, anaphora);
    SentenceView.Context context = new SentenceView.Context(article.body(), mentions, times, knowledge.cases(), knowledge.grammar(),
        lemma -> !knowledge.lexicon().rulesFor(EventRule.Kind.NOUN, lemma).isEmpty(),
        lemma -> knowledge.lexicon().rulesFor(EventRule.Kind.VERB, lemma).stream()
            .anyMatch(r -> r.target().stream().anyMatch(slot -> slot.type() == Slot.Type.NSUBJ)));
    List<SentenceView> views = sentences.stream().map(sentence -> new SentenceView(sentence, context)).toList();
    for (int k = 1; k < views.size(); k++) {
      if (!newParagraph(article.body(), views.get(k - 1), views.get(k))) {
        anaphora.follows(views.get(k - 1), views.get(k));
      }
    }
    List<SentenceView> paragraph = new ArrayList<>();
    SentenceView previous = null;
    for (SentenceView s : views) {
      Sentence sentence = s.sentence;
      anaphora.add(s);
      if (previous != null && newParagraph(article.body(), previous, s)) {
        paragraph.clear();
      }
      if (s.hasFiniteVerb() && furniture.stream().noneMatch(f -> f.overlaps(sentence.span()))) {
        coder.code(s, List.copyOf(paragraph));
      }
      paragraph.add(s);
      previous = s;
    }
    List<Event> events = new ArrestedOrigin(knowledge.lexicon().lists(), knowledge.scenePeople(),
        new AnaphorWords(knowledge.anaphors())).apply(coder.events(), views);
    events = RestatedReaction.apply(events, views); // "Er reagierte damit auf …" after his coded act
    // "Beide Kundgebungen verliefen friedlich" after the rally: the act told again, naming nobody new
    events = RestatedActs.apply(markDuplicates(events), views, cues, knowledge.lexicon().lists());
    return document.with(Layer.EVENTS, events)
        .with(Layer.EVENT_CANDIDATES, List.copyOf(coder.candidates()));
  }

  private static List<Span> furnitureSpans(CleanedText clean) {
    return clean.furniture().stream().filter(f -> !f.kind().equals("DATELINE")).map(Furniture::span).toList();
  }

  private static boolean newParagraph(String body, SentenceView before, SentenceView s) {
    int from = Math.min(before.sentence.span().end(), s.sentence.span().begin());
    return body.substring(from, s.sentence.span().begin()).contains("\n");
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
      out.add(first == null ? e : e.asDuplicateOf(first.id()));
    }
    return out;
  }

  /**
   * The same act told again: same code, modality and date, between the same actors or the same
   * states under another name ("ist zu einem Besuch nach China aufgebrochen" by the United States, then
   * "der erste Besuch eines ESA-Chefs in Indien"; `Sides.oneState`).
   */
  private static boolean sameEvent(Event a, Event b) {
    boolean actors = Sides.oneState(a.source(), b.source()) && Sides.oneState(a.target(), b.target())
        || (a.symmetric() && b.symmetric() && Sides.oneState(a.source(), b.target()) && Sides.oneState(a.target(), b.source()));
    return actors && a.code().code().equals(b.code().code()) && a.modality() == b.modality()
        && Objects.equals(a.date(), b.date());
  }
}
