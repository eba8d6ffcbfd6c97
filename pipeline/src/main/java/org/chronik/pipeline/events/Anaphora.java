package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Mention;
import org.chronik.model.Quote;
import org.chronik.pipeline.attribution.Reporters;
import org.chronik.pipeline.discourse.AntecedentSearch;
import org.chronik.pipeline.events.AnaphorLexicon.Entry;
import org.chronik.pipeline.events.AnaphorLexicon.Kind;

/**
 * Event arguments that refer back: a pronoun ("er", plural "sie"), a demonstrative ("dieser") or a
 * definite description ("die Organisation", "das Land") in a slot whose phrase names no actor stands
 * for the fitting actor named before it (AntecedentSearch, the mechanism quote speakers use too).
 * "sein Land" is the country of its clause's (or governing clause's) actor subject. An impersonal subject
 * ("man") inside reported speech stands for its speaker. Never a reporter or
 * news medium, never an actor of the pronoun's own clause ("Putin lobte ihn"), and an object pronoun
 * never the actor its clause's subject is, even a shared or a pronoun subject ("Putin traf Erdoğan und
 * versprach ihm …": the other actor of the sentence it continues).
 * One per document; sentences are added in order before they are coded.
 */
final class Anaphora {
  /** How many sentences back an antecedent may stand. */
  private static final int SENTENCES_BACK = 2;
  private static final String MEDIA = "MED";
  /** The kind of mention the actors stage gives a pronoun it linked (er, ihn, ihm, singular sie). */
  private static final String PRONOUN_MENTION = "PRONOUN";

  private final AnaphorWords words;
  private final AnaphorLexicon lexicon;
  private final ClauseSubject clauseSubject;
  private final Reporters reporters;
  private final FocusCountry countries;
  private final Map<Integer, SentenceView> sentences = new HashMap<>();
  /** The sentence after each one in its paragraph, known before any is coded (a claim told after an act: NeighbourClaims). */
  private final Map<Integer, SentenceView> following = new HashMap<>();
  private final QuoteSpeakers speakers;
  private final AnaphorCandidates candidates;
  private final List<Quote> quotes;
  private final PossessiveOwner owner;
  private final CollectiveAntecedent collective;

  /**
   * @param quotes the document's quotations, whose speakers an impersonal pronoun inside them stands for
   * @param objectControl verbs whose object does what their infinitive says (ClauseSubject)
   */
  Anaphora(AnaphorLexicon lexicon, Reporters reporters, FocusCountry countries, List<Quote> quotes, Set<String> objectControl) {
    this.words = new AnaphorWords(lexicon);
    this.lexicon = lexicon;
    this.clauseSubject = new ClauseSubject(objectControl, words);
    this.reporters = reporters;
    this.countries = countries;
    this.speakers = new QuoteSpeakers(quotes, sentences::get, SENTENCES_BACK);
    this.candidates = new AnaphorCandidates(sentences, words, reporters, lexicon);
    this.quotes = List.copyOf(quotes);
    this.owner = new PossessiveOwner(clauseSubject, words, candidates);
    this.collective = new CollectiveAntecedent(lexicon, sentences);
  }

  /** Makes a sentence available as a place of antecedents (call in text order, before coding it). */
  void add(SentenceView s) {
    sentences.put(s.sentence.index(), s);
  }

  /** The document's quotations (reported speech an actor or an act stands in). */
  List<Quote> quotes() {
    return quotes;
  }

  /** The subject a clause has or shares (the subject slot reads it too). */
  ClauseSubject clauseSubject() {
    return clauseSubject;
  }

  /** The clause's subject, its own or shared, is only "man", told outside reported speech: no speaker stands for it. */
  boolean impersonalSubject(SentenceView s, int verb) {
    List<Integer> subjects = clauseSubject.of(s, verb);
    return !subjects.isEmpty() && subjects.stream().allMatch(t -> {
      Entry e = words.pronoun(s, t);
      return e != null && e.kind() == Kind.IMPERSONAL && speakers.speaker(s.token(t).span()) == null;
    });
  }

  /** The lexicon of anaphors (its RESPONSE and REPLY verbs are read by {@link Replies}). */
  AnaphorLexicon lexicon() {
    return lexicon;
  }

  /** Makes {@code next} known as the sentence after {@code s} in its paragraph, before either is coded. */
  void follows(SentenceView s, SentenceView next) {
    following.put(s.sentence.index(), next);
  }

  /** The sentence after the one of this index in the same paragraph, or null. */
  SentenceView next(int index) {
    return following.get(index);
  }

  /** The sentence of this index made available before, or null. */
  SentenceView sentence(int index) {
    return sentences.get(index);
  }

  /**
   * As {@link #resolve(SentenceView, int)}, and a possessive determiner on the act noun {@code trigger}
   * names the act's agent ("Ihre Sanktionen …"); on another noun ("sagte seine Reise ab") it is left alone.
   */
  ArgumentFinder.Arg resolve(SentenceView s, int token, int trigger) {
    Entry possessive = words.possessive(s, token);
    if (possessive != null) {
      return s.head(token) == trigger && s.upos(trigger).equals("NOUN") ? owner.of(s, token, possessive) : null;
    }
    // "sein Land" only as the act's own argument, not an infinitive's taken-over subject ("müsse das Recht haben, … vorzugehen")
    return words.possessedCountry(s, token) >= 0 && s.head(token) != trigger ? null : resolve(s, token);
  }

  /** The actor the word at {@code token} refers back to, with how it was found; null when it is no anaphor or nothing fits. */
  ArgumentFinder.Arg resolve(SentenceView s, int token) {
    Entry pronoun = words.pronoun(s, token);
    if (pronoun != null && pronoun.kind() == Kind.IMPERSONAL) {
      ActorRef speaker = speakers.speaker(s.token(token).span());
      return speaker == null ? null : new ArgumentFinder.Arg(speaker, token, ArgumentSource.PRONOUN);
    }
    int possessive = pronoun == null ? words.possessedCountry(s, token) : -1;
    if (possessive >= 0) { // "sein Land": the country of the possessive's owner
      ActorRef owner = possessor(s, possessive, words.possessive(s, possessive));
      return owner == null ? null : new ArgumentFinder.Arg(countries.actor(owner.country()), token, ArgumentSource.DESCRIPTION);
    }
    Entry entry = pronoun != null ? pronoun : words.description(s, token);
    if (entry == null) {
      return null;
    }
    if (entry.kind() == Kind.STATEMENT) {
      ActorRef speaker = speakers.lastSpeaker(s);
      return speaker == null ? null : new ArgumentFinder.Arg(speaker, token, ArgumentSource.DESCRIPTION);
    }
    boolean subject = entry.kind() == Kind.PRONOUN && s.deprel(token).startsWith("nsubj");
    // a subject pronoun continues what the text is about: the antecedent heads a subject too
    AntecedentSearch.Mode mode = entry.kind() != Kind.PRONOUN ? AntecedentSearch.Mode.LAST_NAMED
        : subject ? AntecedentSearch.Mode.SUBJECT_ONLY : AntecedentSearch.Mode.SUBJECT_FIRST;
    AntecedentSearch.Found found = AntecedentSearch.locate(candidates.text(s, token, entry, null), s.sentence.index(), s.token(token).begin(), mode, SENTENCES_BACK);
    ActorRef bound = found != null && entry.kind() == Kind.PRONOUN && !subject ? subjectActor(s, token) : null;
    if (bound != null && bound.id().equals(found.actor().id())) {
      // "Putin empfing Erdoğan und versprach ihm Hilfe", "Er traf Erdoğan. Er versprach ihm …": an object
      // pronoun is never its own clause's subject (that is "sich"); it is the other actor of the sentence it continues
      found = AntecedentSearch.locate(candidates.text(s, token, entry, bound), found.sentence(), s.token(token).begin(), AntecedentSearch.Mode.LAST_NAMED, 0);
    }
    if (found != null && GenderedAntecedent.applies(entry)
        && !GenderedAntecedent.alone(candidates.text(s, token, entry, null), s.sentence.index(), s.token(token).begin(), found)) {
      return null; // two actors of the pronoun's gender and number in reach: it could be either
    }
    if (found != null && !agrees(found, entry) && !collective.stands(found, entry, s, token)) {
      return null; // the nearest fitting actor is one the actors stage could not place, or of the other number: it blocks, it is not passed over
    }
    ActorRef a = found == null ? null : found.actor();
    if (a == null && pronoun == null && entry.refers().contains(org.chronik.model.ActorType.COUNTRY) && countries.focus() != null) {
      a = countries.actor(countries.focus()); // "das Land" in an article that named no country before it: the one it is about
    }
    return a == null ? null : new ArgumentFinder.Arg(a, token, pronoun != null ? ArgumentSource.PRONOUN : ArgumentSource.DESCRIPTION);
  }

  /**
   * The owner a possessive on a country description names ("sein Land"): the actor subject of its own
   * clause ("Putin verteidigte sein Land"), else of the clause it depends on ("Fillon erklärte, sein
   * Land plane …"), named or a resolved pronoun, agreeing with the possessive and having a country;
   * never an actor of another sentence or of a phrase ("nach dem Treffen mit Macron").
   */
  private ActorRef possessor(SentenceView s, int possessive, Entry entry) {
    int clause = s.clauseHead(possessive);
    for (int c = clause, up = 0; c >= 0 && up < 2; c = s.head(c) < 0 ? -1 : s.clauseHead(s.head(c)), up++) {
      for (int t : clauseSubject.of(s, c)) {
        Mention m = ActorPhrase.actorOf(s, t);
        boolean pronoun = words.pronoun(s, t) != null;
        ArgumentFinder.Arg back = m == null && pronoun ? resolve(s, t) : null;
        ActorRef a = m != null ? m.actor() : back != null ? back.actor() : null;
        if (a != null) {
          // a pronoun subject ("Er sagte, sein Land …") has no tag to check: it stands for the actor it was resolved to
          boolean fits = a.country() != null && !MEDIA.equals(a.sector()) && !reporters.isReporter(s.sentence, t)
              && (pronoun || words.agrees(s, t, entry, a.type()));
          return fits ? a : null;
        }
      }
    }
    return null;
  }

  /**
   * The noun at {@code token} is definite and names no actor of its own ("Der Luftangriff"): it
   * re-mentions something told before (AnaphorWords).
   */
  boolean definite(SentenceView s, int token) {
    return words.definite(s, token);
  }

  /** The demonstrative the parser made the determiner of the name at {@code name}, or -1 (AnaphorWords). */
  int demonstrativeOn(SentenceView s, int name) {
    return words.demonstrativeOn(s, name);
  }

  /**
   * The antecedent has a country and, for a plural pronoun, a plural head word ("die Behörden", not "die Hamas");
   * a pronoun the actors stage linked is singular whatever its tag ("komme sie": the police), never a plural's antecedent.
   */
  private boolean agrees(AntecedentSearch.Found found, Entry entry) {
    SentenceView s = sentences.get(found.sentence());
    Mention m = s.mention(found.token());
    boolean linkedPronoun = m != null && PRONOUN_MENTION.equals(m.kind());
    return found.actor().country() != null && (!entry.plural() || s.plural(found.token()) && !linkedPronoun);
  }

  /**
   * The actor the subject of the anaphor's clause names or stands for, its own subject or the one it
   * shares (ClauseSubject); null when it has none.
   */
  private ActorRef subjectActor(SentenceView s, int anaphor) {
    for (int t : clauseSubject.of(s, s.clauseHead(anaphor))) {
      Mention m = ActorPhrase.actorOf(s, t);
      ArgumentFinder.Arg back = m == null && t != anaphor && words.pronoun(s, t) != null ? resolve(s, t) : null;
      if (m != null || back != null) {
        return m != null ? m.actor() : back.actor();
      }
    }
    return null;
  }
}
