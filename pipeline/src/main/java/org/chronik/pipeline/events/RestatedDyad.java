package org.chronik.pipeline.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.chronik.model.ActorRef;

/**
 * The sides of an act told again by its definite noun that names one side or none ("Die G8 schloss Russland aus. …
 * Der Ausschluss erfolgte als Reaktion auf …", "Die Armee leitete Ermittlungen ein. … Die Untersuchungen richten sich
 * auf …"): the analyst codes every mention of an act with the dyad of the act it mentions again.
 *
 * <p>The act re-mentioned is the latest act of the noun's kind (its root, or the kindred roots of {@code
 * codebooks/implicit-actors.tsv}, column agent_from: 18, 19 and 20 for force) told with a named agent in an
 * earlier sentence of the article. Only that latest act: an act of the kind between other sides told since breaks the
 * chain, and a noun whose own side (an adjective, genitive or phrase naming an actor) is of another country than that
 * act's side on the same role tells an act of its own. The event it gives restates that act and is marked its
 * duplicate ({@link RestatedActs}). Stateless besides the article's {@link Discourse}.
 */
final class RestatedDyad {
  static final String ROLES = "restating-roles";
  static final String ARTICLES = "restating-articles";
  static final String ROOTS = "restated-roots";
  /** The sector of an armed group fighting its state: of another camp than the state's organs. */
  private static final String REBELS = "REB";

  private final Discourse discourse;
  private final EventLexicon lexicon;
  private final Set<String> roles;
  private final Set<String> articles;
  private final Set<String> kinds; // the CAMEO roots it tells again
  private final Predicate<String> speech; // a verb of saying, by lemma
  private final ClauseNegation negation;

  RestatedDyad(Discourse discourse, EventLexicon lexicon, Predicate<String> speech, ClauseNegation negation) {
    this.discourse = discourse;
    this.negation = negation;
    this.lexicon = lexicon;
    this.speech = speech;
    this.roles = lexicon.lists().words(ROLES);
    this.kinds = lexicon.lists().words(ROOTS);
    this.articles = new HashSet<>(lexicon.lists().words(ARTICLES));
    this.articles.addAll(lexicon.lists().words(RestatedActs.DETERMINERS));
  }

  /**
   * Whether the act noun at {@code noun}, of a root of {@code words/restated-roots.txt}, is definite ({@code words/restating-articles.txt}, {@code
   * restating-determiners.txt}) and stands where an act is told again ({@code words/restating-roles.txt}): the subject
   * of a clause whose verb is no act of its own ("Die Festnahme wurde begrüßt": the noun is that act's thing), or the
   * topic of a verb of saying ("sagte zu den Vorwürfen"); never when a genitive or possessive on it names an owner
   * that is none of the actors read at the tokens {@code read} ("die Klage Müllers", "die Erklärung des früheren
   * Präsidenten": an act of its own, of someone the actors stage could not place), and never in a negated clause ("Die
   * Vorwürfe ließen sich nicht belegen": what the clause says of the act is denied).
   */
  boolean told(SentenceView s, int noun, String root, Set<Integer> read) {
    if (!kinds.contains(root)) {
      return false;
    }
    int head = s.head(noun);
    boolean definite = false;
    for (int c : s.children(noun)) {
      definite |= s.baseRel(c).equals("det") && articles.contains(s.lemma(c).toLowerCase(Locale.ROOT));
      // a genitive, a possessive, or a name set beside it ("die Privatklage Müllers" parsed as an apposition)
      boolean owner = s.deprel(c).equals("det:poss") || s.baseRel(c).equals("nmod") && s.preposition(c) == null
          || s.baseRel(c).equals("appos") && s.upos(c).equals("PROPN");
      if (owner && !read.contains(c)) {
        return false;
      }
    }
    // "Die Vorwürfe konnten ihm nicht nachgewiesen werden": a clause that denies something of the act tells no act again
    if (!definite || head < 0 || negation.below(s, head)) {
      return false;
    }
    if (roles.contains(s.deprel(noun))) {
      return !s.isVerbal(head) || lexicon.rulesFor(EventRule.Kind.VERB, s.lemma(head)).isEmpty();
    }
    String p = s.preposition(noun);
    return p != null && roles.contains(s.deprel(noun) + " " + p.toLowerCase(Locale.ROOT)) && s.isVerbal(head) && speech.test(s.lemma(head));
  }

  /**
   * The act an act noun of these roots in sentence {@code sentence} tells again, naming {@code sources} and {@code
   * targets} itself (one list may be empty, or both), from the sentences {@code from} on; null when there is none or
   * the noun's own sides do not fit it.
   */
  Discourse.Act restated(int sentence, int from, Set<String> roots, List<ActorRef> sources, List<ActorRef> targets) {
    if (sentence <= from) {
      return null;
    }
    List<Discourse.Act> before = discourse.namedActs(from, sentence - 1, roots);
    if (before.isEmpty()) {
      return null;
    }
    Discourse.Act last = before.get(0);
    // a state's act on its own people or organs ("Die Armee ermittelt gegen Soldaten") is a dyad too; one actor on itself is none
    boolean dyad = !last.source().id().equals(last.target().id());
    return dyad && fits(sources, last.source()) && fits(targets, last.target()) ? last : null;
  }

  /**
   * Each side the noun names itself is of the country of the act's side on that role, and of its camp: a rebel
   * group and a body of its state share a country but are the two sides of its war ("Das Attentat galt einem Posten
   * der Armee" after strikes on the PKK is no strike on the PKK again).
   */
  private static boolean fits(List<ActorRef> named, ActorRef side) {
    return named.stream().allMatch(a -> a.country() != null && a.country().equals(side.country()) && rebel(a) == rebel(side));
  }

  /** An armed group fighting its state (sector REB), as UnknownAttackers reads it. */
  private static boolean rebel(ActorRef a) {
    return REBELS.equals(a.sector());
  }
}
