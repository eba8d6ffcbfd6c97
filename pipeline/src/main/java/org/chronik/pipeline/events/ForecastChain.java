package org.chronik.pipeline.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronik.model.Quote;
import org.chronik.model.Span;

/**
 * A future act told in the subjunctive ("Die Kommission werde die Regierung auffordern, …") in a
 * sentence with no speaker of its own is the reported speech going on from the sentences before: when
 * the speaker of the last quotation of the one or two sentences before in the paragraph is an expert,
 * analyst or observer ({@code words/forecasters.txt}, read where the article names that speaker, also
 * earlier: "sagte der Arbeitsrechtsexperte Gerlach … sagte Gerlach"), the act is that speaker's
 * forecast (HYPOTHETICAL), not its actor's declared intent. The same speaker named in the sentence
 * itself is {@link ForecastSpeakers}'s case. Stateless.
 */
final class ForecastChain {
  /** How many sentences back the speech may have been told. */
  private static final int BACK = 2;

  private ForecastChain() {}

  /** The trigger's act is a future in the subjunctive that continues a forecaster's reported speech. */
  static boolean told(EventCoder.Knowledge knowledge, SentenceView s, int trigger, List<SentenceView> paragraphBefore, List<Quote> quotes) {
    int clause = s.clauseHead(trigger);
    if (clause < 0 || paragraphBefore.isEmpty() || !subjunctiveFuture(knowledge.cues(), s, clause)) {
      return false;
    }
    Span sentence = s.sentence.span();
    Span trig = s.token(trigger).span();
    if (quotes.stream().anyMatch(q -> q.cue() != null && sentence.contains(q.cue()) && !q.cue().overlaps(trig))) {
      return false; // a speaker of its own ("…, sagte der Minister"): not a continuation
    }
    List<SentenceView> recent = paragraphBefore.subList(Math.max(0, paragraphBefore.size() - BACK), paragraphBefore.size());
    Quote last = null;
    for (Quote q : quotes) {
      if (q.speaker() != null && q.span().end() <= sentence.begin() && recent.stream().anyMatch(p -> p.sentence.span().overlaps(q.span()))
          && (last == null || q.span().begin() > last.span().begin())) {
        last = q;
      }
    }
    if (last == null) {
      return false;
    }
    Set<String> forecasters = knowledge.lexicon().lists().words(ForecastSpeakers.LIST);
    String speaker = last.speaker().id();
    return quotes.stream().anyMatch(q -> q.speaker() != null && speaker.equals(q.speaker().id()) && q.speakerSpan() != null
        && names(s.body.substring(q.speakerSpan().begin(), q.speakerSpan().end()), forecasters));
  }

  /** The clause's future auxiliary ("werde") is in the subjunctive of reported speech. */
  private static boolean subjunctiveFuture(ModalityCues cues, SentenceView s, int clause) {
    if (!ForecastSpeakers.future(cues, s, clause)) {
      return false;
    }
    for (int c : s.children(clause)) {
      if (s.deprel(c).startsWith("aux") && s.lemma(c).equals(ForecastSpeakers.FUTURE)
          && s.grammar().tagFeatures(s.xpos(c)).stream().anyMatch(f -> s.grammar().is(EventGrammar.Kind.SUBJUNCTIVE_FEATURE, f))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of the speaker's phrase is or ends in a forecaster noun. */
  private static boolean names(String phrase, Set<String> forecasters) {
    for (String word : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!word.isEmpty() && forecasters.stream().anyMatch(word::endsWith)) {
        return true;
      }
    }
    return false;
  }
}
