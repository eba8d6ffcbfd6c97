package org.chronik.pipeline.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.CleanedText;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.Stage;
import org.chronik.pipeline.lemma.GermanLexicon;
import org.chronik.pipeline.attribution.AttributionLexicon;
import org.chronik.pipeline.attribution.CueFinder;
import org.chronik.pipeline.attribution.CueKind;

/**
 * Quotations with their speakers: direct and partial ones in quotation marks, indirect speech
 * without. Knowledge comes from {@code lang/<iso>/quotes/} (see the README there).
 */
public final class QuoteFinder implements Stage {
  /** How many words may stand between a speech noun and the quotation it introduces. */
  private static final int NOUN_CUE_REACH = 3;
  /** How many words (an article) may stand between a qualifying word and the quotation ("als den „…“"). */
  private static final int QUALIFIER_REACH = 1;

  private final QuoteLexicon lexicon;
  private final AttributionLexicon attributionLexicon;
  private final QuotationMarks marks;
  private final CueFinder cueFinder;
  private final SpeechJudge judge;
  private final IndirectSpeech indirect;

  public QuoteFinder(QuoteLexicon lexicon, AttributionLexicon attribution) {
    this.lexicon = lexicon;
    this.attributionLexicon = attribution;
    this.marks = new QuotationMarks(lexicon.marks());
    this.cueFinder = new CueFinder(attribution);
    this.judge = new SpeechJudge(lexicon, attribution);
    this.indirect = new IndirectSpeech(lexicon);
  }

  /** The finder for a language with its own attribution lexicon (tests); pipelines share one lexicon with the event coder. */
  public static QuoteFinder forLanguage(String iso) {
    QuoteLexicon lexicon = QuoteLexicon.forLanguage(iso);
    return new QuoteFinder(lexicon, AttributionLexicon.forLanguage(iso, lexicon.morphology()));
  }

  /** The finder of a language whose pipeline already loaded its lexicon. */
  public static QuoteFinder forLanguage(String iso, GermanLexicon morphology) {
    QuoteLexicon lexicon = QuoteLexicon.forLanguage(iso, morphology);
    return new QuoteFinder(lexicon, AttributionLexicon.forLanguage(iso, lexicon.morphology()));
  }

  public QuoteLexicon lexicon() {
    return lexicon;
  }

  public AttributionLexicon attributionLexicon() {
    return attributionLexicon;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.SENTENCES, Layer.MENTIONS);
  }

  @Override
  public Set<Layer<?>> produces() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public AnnotatedDocument apply(AnnotatedDocument document) {
    String body = document.article().body();
    List<Sentence> sentences = document.layer(Layer.SENTENCES);
    List<Mention> mentions = document.find(Layer.MENTIONS).orElse(List.of());
    PartyResolver parties = new PartyResolver(body, mentions, attributionLexicon);
    // marks are read in the cleaned text (same offsets) so that page furniture never yields a quotation
    String cleaned = document.find(Layer.CLEAN).map(CleanedText::text).orElse(body);
    DocumentView doc = new DocumentView(body, sentences, marks.find(cleaned), cueFinder, parties, lexicon);
    Attribution attribution = new Attribution(doc);
    List<Quote> quotes = new ArrayList<>();
    Set<MarkedSpan> rejected = new HashSet<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (MarkedSpan m : doc.marked) {
        if (doc.sentenceAt(m.inner().begin()) == s && !direct(doc, m, s, attribution, quotes, rejected)) {
          rejected.add(m);
        }
      }
      for (IndirectSpeech.Found found : indirect.find(doc, s)) {
        if (found.needsCarriedSpeaker() && !attribution.hasRecentSpeaker(s)) {
          continue; // reported mood with nobody to report it: a conditional, not speech
        }
        quotes.add(quote(found.span(), found.type(), attribution.attribute(found.cues(), null, s), body));
        attribution.record(speakerOf(quotes), s);
      }
    }
    quotes.sort(Comparator.comparing(Quote::span));
    return document.with(Layer.QUOTES, List.copyOf(quotes));
  }

  /** Adds the marked words as a quotation when they are speech; false when they are not. */
  private boolean direct(DocumentView doc, MarkedSpan m, int first, Attribution attribution, List<Quote> quotes, Set<MarkedSpan> rejected) {
    int last = lastSentence(doc, m, first);
    List<Cue> frame = frameCues(doc, m, first, last).stream().filter(c -> c.entry().framesQuotations()).toList();
    QuoteType type = judge.judge(m, doc, first, last, frame, rejected);
    if (type == null) {
      return false;
    }
    Party lead = ColonFrame.find(doc, m, first);
    frame = ColonFrame.framing(doc, m, frame);
    Attribution.Result result = lead != null
        ? new Attribution.Result(null, attribution.resolve(lead, first), null)
        : attribution.attributeWithoutCarry(frame, m.outer(), first);
    if (result.speaker() == null) {
      Party clauseSpeaker = ClauseSpeaker.find(doc, m, first, last, lexicon);
      Party speaker = clauseSpeaker != null ? attribution.resolve(clauseSpeaker, first) : attribution.carried(first);
      result = new Attribution.Result(result.cue(), speaker, result.source());
    }
    quotes.add(quote(m.inner(), type, result, doc.body));
    attribution.record(result.speaker(), last);
    return true;
  }

  /**
   * The sentence the quotation ends in. The splitter often puts the closing mark at the start of the
   * next sentence: that one belongs to the quotation only when the text goes on after the mark
   * ("„…“, sagte sie"), not when a new sentence starts there.
   */
  private static int lastSentence(DocumentView doc, MarkedSpan m, int first) {
    int words = Math.max(first, doc.sentenceAt(Math.max(m.inner().begin(), m.inner().end() - 1)));
    int mark = Math.max(words, doc.sentenceAt(m.outer().end() - 1));
    if (mark == words) {
      return words;
    }
    String after = doc.body.substring(m.outer().end(), Math.min(doc.body.length(), m.outer().end() + 3)).strip();
    boolean goesOn = !after.isEmpty() && (after.charAt(0) == ',' || Character.isLowerCase(after.charAt(0)));
    return goesOn ? mark : words;
  }

  /**
   * Cues in the quotation's own sentences; when there are none, those of a preceding sentence that
   * ends in a colon, or of a following sentence that comments on it ("Das sagte X.").
   */
  private static List<Cue> frameCues(DocumentView doc, MarkedSpan m, int first, int last) {
    List<Cue> frame = new ArrayList<>();
    for (int s = first; s <= last; s++) {
      for (Cue cue : doc.cues.get(s)) {
        boolean near = wordsBetween(doc.body, cue.span(), m.outer()) <= QUALIFIER_REACH && cue.span().end() <= m.outer().begin();
        if (cue.kind() == CueKind.QUALIFIER ? near : cue.kind() != CueKind.NOUN || cue.attribution() || wordsBetween(doc.body, cue.span(), m.outer()) <= NOUN_CUE_REACH) {
          frame.add(cue); // a speech noun or qualifier only introduces words right after it ("mit den Worten „…“", "als „…“")
        }
      }
    }
    if (!frame.isEmpty()) {
      return frame;
    }
    if (first > 0) {
      Sentence previous = doc.sentence(first - 1);
      String between = text(doc.body, previous.span().begin(), m.outer().begin()).strip();
      // the colon ends the sentence before, not a lead-in of the quotation's own ("Hier sparte X nicht mit Kritik: „…“")
      boolean opensSentence = text(doc.body, doc.sentence(first).span().begin(), m.outer().begin()).codePoints().noneMatch(Character::isLetterOrDigit);
      if (between.endsWith(":") && opensSentence) {
        return doc.cues.get(first - 1);
      }
      // "Sie fügte hinzu. „…“": a speech verb with a speaker in the sentence before, which quotes nothing itself
      Span before = previous.span();
      boolean quotesOfItsOwn = doc.marked.stream().anyMatch(o -> o != m && o.outer().overlaps(before));
      List<Cue> spoken = doc.cues.get(first - 1).stream().filter(c -> c.kind() == CueKind.VERB && !c.attribution() && c.speaker() != null).toList();
      boolean startsSentence = previous.span().end() <= m.outer().begin() && text(doc.body, previous.span().end(), m.outer().begin()).isBlank();
      // "X wies auf die Risiken hin. Die Daten seien „…“": reported mood goes on with the speech of the sentence before
      if (!quotesOfItsOwn && !spoken.isEmpty() && (startsSentence || doc.reportedMood(first))) {
        return spoken;
      }
    }
    if (last + 1 < doc.trees.size()) {
      Span next = doc.sentence(last + 1).span();
      boolean quotesOfItsOwn = doc.marked.stream().anyMatch(o -> o != m && o.outer().overlaps(next));
      int sentenceEnd = Math.max(m.outer().end(), doc.sentence(last).span().end());
      boolean endsSentence = text(doc.body, m.outer().end(), sentenceEnd).strip().matches("[.!?]*");
      // "„…“ Das sagte X.": the next sentence comments on the quotation when it starts with a word standing for it
      Token lead = doc.sentence(last + 1).tokens().get(0);
      boolean takesUp = doc.attribution().morphology().refersToStatement(lead.text());
      if (!quotesOfItsOwn && endsSentence && takesUp) {
        return doc.cues.get(last + 1).stream().filter(c -> c.kind() == CueKind.VERB && c.speaker() != null).toList();
      }
    }
    return frame;
  }

  /** The body between two offsets; empty when they are out of order (sentences and marks need not nest). */
  private static String text(String body, int from, int to) {
    int b = Math.max(0, Math.min(from, body.length()));
    int e = Math.max(b, Math.min(to, body.length()));
    return body.substring(b, e);
  }

  private static int wordsBetween(String body, Span a, Span b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.begin(), b.begin());
    if (a.overlaps(b) || from >= to) {
      return 0;
    }
    String between = body.substring(from, to).strip();
    return between.isEmpty() ? 0 : between.split("\\s+").length;
  }

  private static Quote quote(Span span, QuoteType type, Attribution.Result r, String body) {
    Party speaker = r.speaker();
    return new Quote(
        span,
        span.of(body),
        type,
        r.cue() == null ? null : r.cue().span(),
        r.cue() == null ? null : r.cue().text(),
        speaker == null ? null : speaker.actor(),
        speaker == null ? null : speaker.span(),
        r.source() == null ? null : r.source().actor());
  }

  private static Party speakerOf(List<Quote> quotes) {
    Quote q = quotes.get(quotes.size() - 1);
    return q.speakerSpan() == null ? null : new Party(q.speaker(), q.speakerSpan(), false);
  }
}
