package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.io.Tsv;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * The unnamed crowd of a protest: "Die Besetzung des Regierungssitzes dauert an", "Tausende
 * protestierten in Kairo gegen das Gesetz". An analyst codes it as the protesters of the country where
 * they protest (its place phrase, else the article's focus country), by the code prefixes of {@code
 * codebooks/implicit-crowds.tsv}; the crowd's words are {@code lang/<iso>/events/crowds.tsv}. Only
 * when the act names no one else as its agent (a phrase that names no known actor, "die Proteste der
 * Fans", is someone), only in an article that calls people that country's protesters somewhere, only for
 * the rule's own words (no compounds), for a verb only with a crowd word as its subject and a phrase it is against, and never against another
 * country than the crowd's: whose people protest abroad, only the text can say. Immutable.
 */
final class ProtestCrowd {
  static final String CROWDS = "/codebooks/implicit-crowds.tsv";
  private static final Set<String> KINDS = Set.of("CROWD", "OWN", "CALL", "AIMED", "RIOT", "RIOT_PLURAL", "APOLITICAL", "STATE_SECTOR", "OUTCOME", "CONTINUED", "HELD");


  /** Where the act is read: the document's argument finder and countries, and the country where the act takes place. */
  record Scene(ArgumentFinder finder, FocusCountry countries, String country) {}

  private final ScenePeople byPrefix;
  private final Set<String> crowdWords;
  private final Set<String> ownPrepositions;
  private final Set<String> callPrepositions;
  private final Set<String> aimedPrefixes;
  private final Set<String> continuedVerbs;
  private final Set<String> heldVerbs;
  private final RiotCrowd riots; // riots (145) are vetted by their own context
  private final CrowdTarget control;

  private ProtestCrowd(ScenePeople byPrefix, Map<String, Set<String>> words) {
    this.byPrefix = byPrefix;
    this.crowdWords = Set.copyOf(words.getOrDefault("CROWD", Set.of()));
    this.ownPrepositions = Set.copyOf(words.getOrDefault("OWN", Set.of()));
    this.callPrepositions = Set.copyOf(words.getOrDefault("CALL", Set.of()));
    this.aimedPrefixes = Set.copyOf(words.getOrDefault("AIMED", Set.of()));
    this.continuedVerbs = Set.copyOf(words.getOrDefault("CONTINUED", Set.of()));
    this.heldVerbs = Set.copyOf(words.getOrDefault("HELD", Set.of()));
    this.riots = new RiotCrowd(words);
    this.control = new CrowdTarget(ScenePeople.load(CrowdTarget.TABLE), riots);
  }

  /** Whom a state's crowd control falls on when the text names no one. */
  CrowdTarget control() {
    return control;
  }

  static ProtestCrowd forLanguage(String iso) {
    String resource = "/lang/" + iso + "/events/crowds.tsv";
    Tsv.Table words = Tsv.Table.of(Tsv.resource(ProtestCrowd.class, resource), resource);
    Map<String, Set<String>> byKind = new HashMap<>();
    for (Tsv.Row row : words.rows()) {
      String kind = words.get(row, "kind");
      String word = words.get(row, "word");
      if (!KINDS.contains(kind) || word.isBlank() || !word.equals(word.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(row.where() + ": expected one of " + KINDS + " and a lower-case word: \"" + String.join("\t", row.fields()) + "\"");
      }
      byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(word);
    }
    return new ProtestCrowd(ScenePeople.load(CROWDS), byKind);
  }

  /**
   * The crowd acting in an act whose slots name no source, or null: the protesters of {@code country}
   * (where the act takes place), when the act's code has a crowd, its agent phrases name no one but a
   * crowd, and its targets, if any, are of that country.
   */
  ActorRef crowd(SentenceView s, int trigger, RuleMatcher.Match match, List<Arg> targets, Scene scene) {
    ArgumentFinder finder = scene.finder();
    FocusCountry countries = scene.countries();
    String country = scene.country();
    EventRule rule = match.rule();
    ActorRef crowd = byPrefix.of(rule.code(), country);
    if (crowd == null) {
      return null;
    }
    String plural = " " + crowd.name().toLowerCase(Locale.ROOT); // "Protesters", "Georgian protesters"
    java.util.function.Predicate<ActorRef> crowdOfCountry = a -> a.type() == ActorType.GROUP && country.equals(a.country())
        && (" " + a.name().toLowerCase(Locale.ROOT)).endsWith(plural);
    boolean riot = RiotCrowd.covers(rule.code());
    boolean verb = rule.kind() == EventRule.Kind.VERB;
    if (riot && !riots.political(s, trigger, verb, countries.names(crowdOfCountry)
        || countries.names(a -> country.equals(a.country()) && riots.state(a.sector())))) {
      return null; // riots at a game, in a prison, on New Year's Eve; an unrest the text never ties to the state
    }
    if (!riot && !countries.names(crowdOfCountry) && (verb || !OccurringProtest.againstOwnState(s, trigger, targets, country, riots::state) && !putDown(s, trigger))) {
      return null; // an article that never calls anyone that country's protesters is about something else: a concert, a game's demo, a strike at a firm
    }
    for (int k = 0; k < s.size(); k++) {
      if (s.anyMention(k) != null && crowdOfCountry.test(s.anyMention(k).actor()) && acting(s, k)) {
        return null; // a clash of police and demonstrators at a protest: the named protesters' acts are coded as told
      }
    }
    if (!verb && !rule.lemmas().contains(s.lemma(trigger))) {
      return null; // only the rule's own words: "Beifallskundgebungen", "Radetzky-Marsch", "Podemos" are no protests
    }
    if (!unnamedAgent(s, trigger, match, finder, verb)) {
      return null;
    }
    if (!verb && (ownProtest(s, trigger) && !(riot && riots.outcome(s, trigger)) || handled(s, trigger) || calledFor(s, trigger) || generic(s, trigger) || aimed(s, trigger))) {
      return null; // "Aus Protest gegen den Beschluss trat er zurück", "Die Armee schlug die Proteste nieder"
    }
    if (verb && targets.isEmpty() && !finder.hasPhrase(s, trigger, match.anchor(), rule.target(), true)) {
      return null; // "Tausende versammelten sich im Stadion": a crowd gathers and marches for many things; only what it is against makes it a protest
    }
    if (!verb && !riot && targets.isEmpty() && Occurrence.told(s, trigger) && !finder.hasPhrase(s, trigger, match.anchor(), rule.target(), false)) {
      return null; // "Es kam zu weiteren Demonstrationen": told as a happening, only what it is against says whose protest it is
    }
    if (targets.stream().anyMatch(t -> !country.equals(t.actor().country()))) {
      return null; // "Tausende demonstrierten gegen Russland": whose people they are, only the text can say
    }
    return crowd;
  }

  /**
   * Whether the act names no agent but a crowd: a noun whose source slots hold no phrase or only crowd
   * words (an adjective naming no actor, "massive Proteste", is no agent), a verb whose subject is a crowd word.
   */
  private boolean unnamedAgent(SentenceView s, int trigger, RuleMatcher.Match match, ArgumentFinder finder, boolean verb) {
    if (verb && s.isPassive(trigger)) {
      return false;
    }
    boolean crowd = false;
    for (Slot slot : match.rule().source()) {
      if (slot.type() == Slot.Type.CONTEXT) {
        continue;
      }
      for (int tok : finder.phrases(s, trigger, match.anchor(), List.of(slot), verb)) {
        if (slot.type() == Slot.Type.AMOD && s.anyMention(tok) == null) {
          continue;
        }
        if (!crowdWords.contains(s.lemma(tok)) && !crowdWords.contains(s.word(tok))) {
          return false;
        }
        crowd = true;
      }
    }
    if (!verb && possessed(s, trigger)) {
      return false; // "ihre Proteste": someone told of before
    }
    // "Tausende protestierten …", where the parser made the count an adverb of the verb
    crowd |= verb && s.children(trigger).stream().anyMatch(c -> s.deprel(c).equals("advmod") && c < trigger
        && (crowdWords.contains(s.lemma(c)) || crowdWords.contains(s.word(c))));
    return crowd || !verb;
  }

  /**
   * Whether named protesters act in their own clause: its subject, or a conjunct of one ("Polizei und
   * Demonstranten lieferten sich Kämpfe"). Protesters a state acts on ("das Vorgehen gegen Demonstranten
   * bei den Protesten") leave the protest noun to the scene's crowd.
   */
  private static boolean acting(SentenceView s, int token) {
    int phrase = token;
    while (Set.of("conj", "flat", "appos").contains(s.baseRel(phrase)) && s.head(phrase) >= 0) {
      phrase = s.head(phrase);
    }
    return s.deprel(phrase).equals("nsubj") || s.deprel(phrase).equals("obl:agent");
  }

  private static boolean possessed(SentenceView s, int noun) {
    return s.children(noun).stream().anyMatch(c -> s.deprel(c).equals("det:poss") || s.xpos(c).startsWith("PRO:POS"));
  }

  /**
   * The protest noun is what another act is done to or about: the object of a verb ("sagte die
   * Demonstration ab", "Proteste wurden angekündigt") or the attribute of another noun ("trotz des
   * Verbots der Demonstration", "Schauplatz von Unruhen"). The sentence tells that act, not the protest.
   */
  private boolean handled(SentenceView s, int noun) {
    int phrase = noun;
    while (Set.of("conj", "compound", "flat").contains(s.baseRel(phrase)) && s.head(phrase) >= 0) {
      phrase = s.head(phrase); // "Proteste und Streiks": the first conjunct's place; "Protestwellen unterschiedlicher Art" hung flat
    }
    String rel = s.deprel(phrase);
    if (Occurrence.told(s, phrase)) {
      return false; // "Am Sonntag gab es Proteste": the protest happened, nobody handles it
    }
    if (rel.equals("nsubj:pass") && continuedVerbs.contains(s.lemma(s.head(phrase)).toLowerCase(Locale.ROOT))) {
      return false; // "Die Proteste wurden am Montag fortgesetzt": held again, by the crowd that held them
    }
    if (putDown(s, phrase)) {
      return false; // "Die Proteste wurden niedergeschlagen": held by a crowd before the state put them down
    }
    if (rel.equals("obj") || rel.equals("iobj") || rel.equals("obl:arg") || rel.equals("nsubj:pass")) {
      return true;
    }
    int head = s.head(phrase);
    return s.baseRel(phrase).equals("nmod") && head >= 0 && (s.upos(head).equals("NOUN") || s.upos(head).equals("PROPN"));
  }

  /**
   * The noun heads a phrase of a CALL preposition on a verb with a subject of its own: a protest called
   * for or incited ("rief zu Protesten auf", "mobilisieren zu einem Protestmarsch"), not one held.
   */
  private boolean calledFor(SentenceView s, int noun) {
    String p = s.preposition(noun);
    int verb = s.head(noun);
    if (p == null || !callPrepositions.contains(p.toLowerCase(Locale.ROOT)) || verb < 0 || !s.baseRel(noun).equals("obl")
        || Occurrence.expletive(s, verb)) { // "Es kam zu Protesten": they happened, nobody called for them
      return false;
    }
    return s.children(verb).stream().anyMatch(c -> s.baseRel(c).equals("nsubj"));
  }

  /** An adjective of an AIMED prefix names what the protest is against ("antiarabische Demonstrationen"): no government. */
  private boolean aimed(SentenceView s, int noun) {
    return s.children(noun).stream().anyMatch(c -> s.baseRel(c).equals("amod")
        && aimedPrefixes.stream().anyMatch(p -> s.word(c).toLowerCase(Locale.ROOT).startsWith(p)));
  }

  /**
   * The protest noun is what a HELD verb's force ended ("Die Armee schlug die Proteste nieder", "Die
   * Kundgebung wurde von der Polizei aufgelöst"): a protest that happened, against the state that put it down.
   */
  boolean putDown(SentenceView s, int noun) {
    String rel = s.deprel(noun);
    int verb = s.head(noun);
    return verb >= 0 && (rel.equals("obj") || rel.equals("nsubj:pass")) && heldVerbs.contains(s.lemma(verb).toLowerCase(Locale.ROOT));
  }

  /** A bare singular without article ("Gewaltsamer Protest schadet allen") speaks of protest in general. */
  private static boolean generic(SentenceView s, int noun) {
    return !Occurrence.plural(s, noun) && !Occurrence.told(s, noun) // "kam es zur ersten Protestaktion": one that happened
        && s.children(noun).stream().noneMatch(c -> s.baseRel(c).equals("det"));
  }

  /** The noun heads a phrase of an OWN preposition ("aus Protest", "unter Protest"). */
  private boolean ownProtest(SentenceView s, int noun) {
    String p = s.preposition(noun);
    return p != null && ownPrepositions.contains(p.toLowerCase(Locale.ROOT));
  }
}
