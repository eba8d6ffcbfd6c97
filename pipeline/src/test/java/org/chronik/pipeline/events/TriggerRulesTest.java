package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which rules a verb triggers when the parser hung its separable particle on the wrong word. The
 * parses are written by hand (the errors they show are the parser's, but which sentence it makes
 * them on is not stable), so each case is exactly the one named.
 */
class TriggerRulesTest {
  /** A base verb with an idiom of its own, its particle verb, and a verb whose particle the parser misplaces. */
  private static final String RULES = """
      t.angreifen   verb=angreifen   src=nsubj tgt=obj code=190 example "Russland griff die Stadt an." -> 190 RUS UKR
      t.greifen     verb=greifen dep=Waffe src=nsubj tgt=obl:gegen code=180 example "Die Rebellen griffen zu den Waffen." -> 180 RUS UKR
      t.telefonieren verb=telefonieren src=nsubj tgt=obl:mit code=041 example "Japan telefonierte mit Indien." -> 041 JPN IND
      """;

  private static EventLexicon lexicon() throws IOException {
    return RuleText.lexicon(RULES);
  }

  private static SentenceView parse(String... tokens) {
    return HandParse.view(CaseReader.NONE, tokens);
  }

  private static List<String> ids(List<EventRule> rules) {
    return rules.stream().map(EventRule::id).toList();
  }

  @Test
  void particleHungOnTheObjectJoinsTheVerbEvenWhenTheBareVerbHasAnIdiom() throws IOException {
    // "Russland griff die Stadt an ." with "an" hung on "Stadt"
    SentenceView s = parse("Russland/Russland/PROPN/1/nsubj", "griff/greifen/VERB/-1/root", "die/der/DET/3/det",
        "Stadt/Stadt/NOUN/1/obj", "an/an/ADP/3/compound:prt", "./././1/punct");
    assertEquals(List.of("t.angreifen"), ids(TriggerRules.of(lexicon(), EventRule.Kind.VERB, s, 1)));
  }

  @Test
  void particleHungOnAnotherVerbOfTheSameClauseJoinsToo() throws IOException {
    // "Die Armee griff gestern überraschend die Stellungen an ." with "an" hung on the adverb's head, a second verb reading
    SentenceView s = parse("Die/der/DET/1/det", "Armee/Armee/NOUN/2/nsubj", "griff/greifen/VERB/-1/root",
        "gestern/gestern/ADV/2/advmod", "die/der/DET/5/det", "Stellungen/Stellung/NOUN/2/obj",
        "an/an/ADP/5/compound:prt", "./././2/punct");
    assertEquals(List.of("t.angreifen"), ids(TriggerRules.of(lexicon(), EventRule.Kind.VERB, s, 2)));
  }

  @Test
  void aParticleAfterAnotherVerbIsThatVerbsWhenTheBareVerbHasRules() throws IOException {
    // "Die Rebellen griffen zu den Waffen und kündigten Vergeltung an ." with "an" hung on "Vergeltung"
    SentenceView s = parse("Die/der/DET/1/det", "Rebellen/Rebell/NOUN/2/nsubj", "griffen/greifen/VERB/-1/root",
        "zu/zu/ADP/5/case", "den/der/DET/5/det", "Waffen/Waffe/NOUN/2/obl", "und/und/CCONJ/7/cc",
        "kündigten/kündigen/VERB/2/conj", "Vergeltung/Vergeltung/NOUN/7/obj", "an/an/ADP/8/compound:prt", "./././2/punct");
    assertEquals(List.of("t.greifen"), ids(TriggerRules.of(lexicon(), EventRule.Kind.VERB, s, 2)));
  }

  @Test
  void aParticleThatMakesNoKnownVerbIsUndone() throws IOException {
    // "Japan telefonierte mit Indien – China sichert zu ." with "zu" joined onto "telefonieren"
    SentenceView s = parse("Japan/Japan/PROPN/1/nsubj", "telefonierte/zutelefonieren/VERB/-1/root", "mit/mit/ADP/3/case",
        "Indien/Indien/PROPN/1/obl", "–/–/PUNCT/1/punct", "China/China/PROPN/6/nsubj", "sichert/sichern/VERB/1/parataxis",
        "zu/zu/ADP/1/compound:prt", "./././1/punct");
    assertEquals(List.of("t.telefonieren"), ids(TriggerRules.of(lexicon(), EventRule.Kind.VERB, s, 1)));
  }
}
