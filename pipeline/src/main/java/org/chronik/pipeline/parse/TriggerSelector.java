package org.chronik.pipeline.parse;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.Sentence;
import org.chronik.model.Token;
import org.chronik.pipeline.attribution.AttributionLexicon;
import org.chronik.pipeline.attribution.CueEntry;
import org.chronik.pipeline.attribution.CueKind;
import org.chronik.pipeline.corenlp.ParseSelector;
import org.chronik.pipeline.events.EventLexicon;
import org.chronik.pipeline.events.EventRule;
import org.chronik.pipeline.events.OccasionWords;
import org.chronik.pipeline.lemma.Lemmatizer;
import org.chronik.pipeline.quotes.MarkedSpan;
import org.chronik.pipeline.quotes.QuotationMarks;
import org.chronik.pipeline.quotes.QuoteLexicon;

/**
 * Parses only the sentences the tree can matter for, decided from tokens, POS and lemmas with the
 * lexicons, so a new pattern extends the choice by itself:
 * <ul>
 *   <li>an event rule may fire: a verb or noun (or an adjective, which a copula may make a verb
 *       trigger: "ist besorgt über") may be its trigger ({@link TriggerWords}) and the
 *       words its conditions ask for ({@code obj=}, {@code dep=}) occur in the sentence;
 *   <li>a quotation may be found or attributed: the sentence has quotation marks or precedes one
 *       that has (its subject may be the speaker), or has a speech verb (with the word its {@code
 *       if=subj:} condition asks for), an attribution phrase or an anaphor of the quote lexicon, or
 *       is in the reported mood within two sentences after one of these (speech carried on without
 *       a cue).
 * </ul>
 * Each test is a superset of the rule it stands for, so a sentence left unparsed yields no event
 * candidate and no quotation that a parse would have given.
 */
public final class TriggerSelector implements ParseSelector {
  /** How far reported speech without a cue carries the last speaker (as the quote finder does). */
  private static final int CARRY_SENTENCES = 2;

  private final Lemmatizer lemmatizer;
  private final MistaggedVerbs mistagged;
  private final QuoteLexicon quotes;
  private final AttributionLexicon attribution;
  private final QuotationMarks marks;
  final EventTriggers events;
  private final TriggerWords speechVerbs;
  /** Speech verbs that count only with a given subject word ({@code if=subj:es}: "hieß es"), by lemma. */
  private final Map<String, String> speechVerbSubjects = new HashMap<>();
  private final TriggerWords anaphors;
  private final TriggerWords otherCues;
  private final List<AttributionCue> attributions;
  /** Adverbs that tie a passive to the act before ({@code OccasionAgent}): that sentence's subject may be its doer. */
  private final Set<String> occasions;

  public TriggerSelector(Lemmatizer lemmatizer, EventLexicon events, QuoteLexicon quotes, AttributionLexicon attribution) {
    this(lemmatizer, events, quotes, attribution, null);
  }

  /** @param mistagged finite verbs the tagger misread, read as the verbs they are ({@link VerbRepair} does so after the parse); null for none */
  public TriggerSelector(Lemmatizer lemmatizer, EventLexicon events, QuoteLexicon quotes, AttributionLexicon attribution, MistaggedVerbs mistagged) {
    this.mistagged = mistagged;
    this.attribution = attribution;
    this.lemmatizer = lemmatizer;
    this.quotes = quotes;
    this.marks = new QuotationMarks(quotes.marks());
    this.events = new EventTriggers(events.rules());
    this.occasions = OccasionWords.adverbs(events);
    this.speechVerbs = new TriggerWords(firstWords(attribution, CueKind.VERB));
    for (CueEntry verb : attribution.cues(CueKind.VERB)) {
      String condition = verb.role("if");
      if (condition != null && condition.startsWith("subj:")) {
        speechVerbSubjects.put(verb.words().get(0).toLowerCase(Locale.ROOT), condition.substring("subj:".length()).toLowerCase(Locale.ROOT));
      }
    }
    this.anaphors = new TriggerWords(firstWords(attribution, CueKind.ANAPHOR));
    // statement nouns ("nach Angaben X", "ist der Auffassung, dass"), report words, authors and qualifiers
    List<String> other = new ArrayList<>();
    for (CueKind kind : List.of(CueKind.NOUN, CueKind.REPORT, CueKind.AUTHOR, CueKind.QUALIFIER)) {
      other.addAll(firstWords(attribution, kind));
    }
    this.otherCues = new TriggerWords(other);
    this.attributions = attribution.cues(CueKind.ATTRIBUTION).stream().map(AttributionCue::new).toList();
  }

  private static List<String> firstWords(AttributionLexicon lexicon, CueKind kind) {
    return lexicon.cues(kind).stream().map(c -> c.words().get(0)).toList();
  }

  @Override
  public BitSet select(String text, List<Sentence> sentences) {
    List<MarkedSpan> marked = marks.find(text);
    BitSet chosen = new BitSet();
    BitSet speech = new BitSet(); // sentences that may report speech
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      TaggedSentence words = TaggedSentence.of(sentence, lemmatizer, mistagged);
      boolean quoted = marked.stream().anyMatch(m -> m.outer().overlaps(sentence.span()));
      if (quoted && s > 0) {
        chosen.set(s - 1); // its subject may be the speaker of the quotation that follows
      }
      boolean carried = !speech.get(Math.max(0, s - CARRY_SENTENCES), s).isEmpty() && reportedMood(words);
      if (quoted || speechCue(words) || carried) {
        speech.set(s);
        chosen.set(s);
      } else if (events.mayFire(words)) {
        chosen.set(s);
        if (s > 0 && occasion(words)) {
          chosen.set(s - 1); // "Die Polizei durchsuchte … Dabei wurden …": its subject may be the doer
        }
      }
    }
    return chosen;
  }

  private boolean occasion(TaggedSentence words) {
    for (int i = 0; i < words.size(); i++) {
      if (occasions.contains(words.lemma(i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  boolean reportedMood(TaggedSentence words) {
    for (int i = 0; i < words.size(); i++) {
      if (words.verbal(i) && quotes.isReportedMood(words.text(i))) {
        return true;
      }
    }
    return false;
  }

  boolean speechCue(TaggedSentence words) {
    for (int i = 0; i < words.size(); i++) {
      if (words.verbal(i) && speechVerbs.candidates(words.lemma(i), words.text(i), words.all(), false).stream().anyMatch(v -> subjectMayHold(v, words))
          || words.upos(i).equals("ADJ") && attribution.morphology().verbLemmas(words.text(i)).stream().anyMatch(speechVerbs::contains)
          || anaphor(words, i)
          || !otherCues.candidates(words.lemma(i), words.text(i), words.all(), !words.verbal(i)).isEmpty()) {
        return true;
      }
      for (AttributionCue cue : attributions) {
        if (cue.mayStartAt(words, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** An anaphor of the quote lexicon; a particle is joined onto a verb only (see the lemmatizer), so other words match as they are. */
  private boolean anaphor(TaggedSentence words, int i) {
    return words.verbal(i)
        ? !anaphors.candidates(words.lemma(i), words.text(i), words.all(), false).isEmpty()
        : anaphors.contains(words.lemma(i)) || anaphors.contains(words.text(i));
  }

  /** A speech verb with a subject condition counts only when the sentence has that word at all. */
  private boolean subjectMayHold(String verb, TaggedSentence words) {
    String subject = speechVerbSubjects.get(verb);
    return subject == null || words.all().whole().contains(subject);
  }

  /** The event rules by trigger, and whether one may fire in a sentence. */
  static final class EventTriggers {
    private final TriggerWords verbs;
    private final TriggerWords nouns;
    private final Map<String, List<EventRule>> verbRules = new HashMap<>();
    private final Map<String, List<EventRule>> nounRules = new HashMap<>();

    EventTriggers(List<EventRule> rules) {
      List<String> verbLemmas = new ArrayList<>();
      List<String> nounLemmas = new ArrayList<>();
      for (EventRule rule : rules) {
        boolean verb = rule.kind() == EventRule.Kind.VERB;
        for (String lemma : rule.lemmas()) {
          (verb ? verbLemmas : nounLemmas).add(lemma);
          (verb ? verbRules : nounRules).computeIfAbsent(lemma.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(rule);
        }
      }
      this.verbs = new TriggerWords(verbLemmas);
      this.nouns = new TriggerWords(nounLemmas);
    }

    boolean mayFire(TaggedSentence words) {
      return !firing(words).isEmpty();
    }

    /** The rules that may fire, with the word they may fire at. */
    List<String> firing(TaggedSentence words) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        String upos = words.upos(i);
        // a predicative adjective with a copula takes verb patterns too (events PredicateAdjectives)
        boolean verb = upos.equals("VERB") || upos.equals("ADJ");
        boolean noun = upos.equals("NOUN") || upos.equals("PROPN");
        if (!verb && !noun) {
          continue;
        }
        Set<String> triggers = (verb ? verbs : nouns).candidates(words.lemma(i), words.text(i), words.all(), noun);
        for (String trigger : triggers) {
          for (EventRule rule : (verb ? verbRules : nounRules).getOrDefault(trigger, List.of())) {
            if (words.mayHold(rule.objects()) && words.mayHold(rule.dependents())) {
              out.add(rule.id() + "@" + words.text(i));
            }
          }
        }
      }
      return out;
    }
  }
}
