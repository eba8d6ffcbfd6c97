package org.chronik.pipeline.events;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A riot told without its parties: "Am Samstag kam es in der Hauptstadt zu schweren Ausschreitungen",
 * "Die Krawalle dauerten bis zum Morgen", "Der Marsch endete in einer Straßenschlacht mit der Polizei".
 * An analyst codes the rioters of the country where it happens against that state (or against whom a
 * phrase names), when the riot is a political one: never next to a word of sport or crime (a word of
 * {@code APOLITICAL} in {@code crowds.tsv}: fans, a stadium, a prison, New Year's Eve, in its paragraph
 * within about three sentences), only in an article that
 * names that country's state (an actor of a {@code STATE_SECTOR}) or its protesters, and only for a riot
 * the sentence tells happened: the subject of its clause, what an occurrence verb tells ("es kam zu"), or
 * what a protest ended in (an {@code OUTCOME} verb: "endete in"). A noun of {@code RIOT_PLURAL}
 * ("Unruhe", "Krawall") is a riot only in the plural: "Die Unruhe in der Partei wächst" is none. Only
 * the nouns of {@code RIOT} take a crowd: looting ("Plünderungen an Grabungsstätten") is no crowd's riot.
 * Immutable; read by {@link ProtestCrowd}.
 */
final class RiotCrowd {
  private static final String RIOT = "145";
  private static final int NEAR = 500;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final Set<String> riotNouns;
  private final Set<String> pluralOnly;
  private final Set<String> apolitical;
  private final Set<String> stateSectors;
  private final Set<String> outcomeVerbs;

  RiotCrowd(Map<String, Set<String>> words) {
    this.riotNouns = Set.copyOf(words.getOrDefault("RIOT", Set.of()));
    this.pluralOnly = Set.copyOf(words.getOrDefault("RIOT_PLURAL", Set.of()));
    this.apolitical = Set.copyOf(words.getOrDefault("APOLITICAL", Set.of()));
    this.stateSectors = Set.copyOf(words.getOrDefault("STATE_SECTOR", Set.of()));
    this.outcomeVerbs = Set.copyOf(words.getOrDefault("OUTCOME", Set.of()));
  }

  /** Whether an act of this code is a riot, whose crowd this class vets. */
  static boolean covers(String code) {
    return code.startsWith(RIOT);
  }

  /**
   * Whether a riot at {@code trigger} may take the unnamed crowd of {@code country}: told as happening,
   * in the plural where the singular means something else, in an article that names the country's state
   * or protesters ({@code named}) and no word of sport or crime.
   */
  boolean political(SentenceView s, int trigger, boolean verb, boolean named) {
    String lemma = s.lemma(trigger).toLowerCase(Locale.ROOT);
    if (!verb && (!riotNouns.contains(lemma) || !told(s, trigger) || pluralOnly.contains(lemma) && !Occurrence.plural(s, trigger))) {
      return false;
    }
    return named && !apolitical(near(s));
  }

  /** Whether an actor's sector makes it the state a riot is against (government, police, army, ...). */
  boolean state(String sector) {
    return sector != null && stateSectors.contains(sector.toLowerCase(Locale.ROOT));
  }

  /** Whether the riot noun heads a phrase of an OUTCOME verb: what a protest turned into, not one compared with. */
  boolean outcome(SentenceView s, int noun) {
    int verb = s.head(noun);
    return verb >= 0 && s.baseRel(noun).equals("obl") && outcomeVerbs.contains(s.lemma(verb).toLowerCase(Locale.ROOT));
  }

  /** The riot is what its sentence tells happened: its clause's subject, an occurrence's act, a protest's outcome. */
  private boolean told(SentenceView s, int noun) {
    int phrase = noun;
    while (s.baseRel(phrase).equals("conj") && s.head(phrase) >= 0) {
      phrase = s.head(phrase); // "Proteste und Krawalle": the first conjunct's place
    }
    return s.baseRel(phrase).equals("nsubj") || Occurrence.told(s, phrase) || Occurrence.holds(s, phrase) || outcome(s, phrase);
  }

  /**
   * The text around a sentence: its paragraph, at most {@code NEAR} characters either side (about three
   * sentences). A profile's aside four paragraphs on ("wie an Silvester") tells nothing of this riot.
   */
  private static String near(SentenceView s) {
    String body = s.body;
    int begin = s.sentence.span().begin();
    int end = Math.min(body.length(), s.sentence.span().end());
    int from = Math.max(Math.max(0, begin - NEAR), body.lastIndexOf('\n', begin) + 1);
    int paragraphEnd = body.indexOf('\n', end);
    int to = Math.min(Math.min(body.length(), end + NEAR), paragraphEnd < 0 ? body.length() : paragraphEnd);
    return body.substring(from, Math.max(from, to));
  }

  /** Whether a text has a word of sport or crime (a listed start of a word, "Fußballfans" by "fußball"). */
  private boolean apolitical(String text) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      for (String start : apolitical) {
        if (w.startsWith(start)) {
          return true;
        }
      }
    }
    return false;
  }
}
