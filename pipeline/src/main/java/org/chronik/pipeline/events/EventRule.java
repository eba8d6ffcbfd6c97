package org.chronik.pipeline.events;

import java.util.List;
import java.util.Set;

/**
 * One lexicon pattern: a trigger (verb or noun lemma), extra conditions, where source and target
 * are found, the CAMEO code, and a runnable example.
 *
 * @param objects lemmas one of which must be the trigger's object (verb rules), empty for none
 * @param dependents lemmas one of which must hang below the trigger (e.g. "Wehr" in "sich zur Wehr
 *     setzen"), empty for none
 * @param unless lemmas none of which may hang below the trigger (as for {@code dependents}): another
 *     sense of the word ("hielt fest, dass …" states, it detains no one), empty for none
 * @param nosubj lemmas none of which may be the trigger's subject or, for a passive, the head of its
 *     agent phrase (or a compound ending in one): people on the move ("Flüchtlinge kamen aus Serbien
 *     an") pay no visit, sanctions ("von den Sanktionen getroffen") strike no town, empty for none
 * @param subj lemmas one of which must be the trigger's doer, its active subject or the head of its
 *     passive agent phrase (or a compound ending in one): "Die Rakete traf X" is a hit, empty for none
 * @param labels lemmas one of which must be what the verb calls its object ({@link LabelPhrase}: "bezeichnete
 *     die Wahl als Farce", "nannte den Minister einen Lügner"), never the object itself, empty for none
 * @param reflexive the verb needs a reflexive pronoun ("sich aussprechen")
 * @param mutual the act is mutual: coordinated actors without a target form one symmetric event
 * @param source slots tried in order for the source
 * @param target slots tried in order for the target
 * @param examples sentences of our own the rule must code as written (at least one)
 * @param nearMisses sentences of our own on which the rule must give no reportable event
 */
public record EventRule(
    String id,
    Kind kind,
    Set<String> lemmas,
    Set<String> objects,
    Set<String> dependents,
    Set<String> unless,
    Set<String> nosubj,
    Set<String> subj,
    Set<String> labels,
    boolean reflexive,
    boolean mutual,
    List<Slot> source,
    List<Slot> target,
    String code,
    List<Example> examples,
    List<String> nearMisses,
    String origin) {

  public EventRule {
    examples = List.copyOf(examples);
    nearMisses = List.copyOf(nearMisses);
  }

  /** A rule without a label condition. */
  public EventRule(String id, Kind kind, Set<String> lemmas, Set<String> objects, Set<String> dependents, Set<String> unless,
      Set<String> nosubj, Set<String> subj, boolean reflexive, boolean mutual, List<Slot> source, List<Slot> target, String code,
      List<Example> examples, List<String> nearMisses, String origin) {
    this(id, kind, lemmas, objects, dependents, unless, nosubj, subj, Set.of(), reflexive, mutual, source, target, code, examples,
        nearMisses, origin);
  }

  public enum Kind { VERB, NOUN }

  /** {@code example "Xi telefoniert mit Putin" -> 041 CHN RUS}. */
  public record Example(String sentence, String code, String source, String target) {}
}
