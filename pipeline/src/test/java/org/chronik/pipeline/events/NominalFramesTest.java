package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/**
 * The nominal frames of everyday diplomatic acts: the other side of a meeting told before a clause
 * ("Nach einem Treffen mit X sagte Y": OccasionSubject) and criticism told as something there was
 * ("Es gab Kritik von X an Y": Occurrence.holds, read by OriginPhrase and Dependents.phraseHeads).
 */
class NominalFramesTest {
  /** "text/lemma/UPOS/head/deprel" per token. */
  private static SentenceView view(String... tokens) {
    return HandParsed.view(List.of(), (i, f, span) -> new Token(i, f[0], f[0], span, f[1], f[2], null, "O",
        Integer.parseInt(f[3]), f[4]), tokens);
  }

  @Test
  void theSubjectAfterAMeetingMetItsPartner() {
    // "Nach einem Treffen mit Brasilien lobte Argentinien die Zusammenarbeit."
    SentenceView s = view("Nach/nach/ADP/2/case", "einem/ein/DET/2/det", "Treffen/Treffen/NOUN/5/obl", "mit/mit/ADP/4/case",
        "Brasilien/Brasilien/PROPN/2/nmod", "lobte/loben/VERB/-1/root", "Argentinien/Argentinien/PROPN/5/nsubj",
        "die/der/DET/8/det", "Zusammenarbeit/Zusammenarbeit/NOUN/5/obj", "././PUNCT/5/punct");
    assertEquals(List.of(6), OccasionSubject.of(s, 2, null));
  }

  @Test
  void aParaphraseWithTalksInThePluralReadsTheSameSubject() {
    // "Nach Gesprächen mit Indien kündigte Japan Investitionen an."
    SentenceView s = view("Nach/nach/ADP/1/case", "Gesprächen/Gespräch/NOUN/4/obl", "mit/mit/ADP/3/case", "Indien/Indien/PROPN/1/nmod",
        "kündigte/ankündigen/VERB/-1/root", "Japan/Japan/PROPN/4/nsubj", "Investitionen/Investition/NOUN/4/obj",
        "an/an/ADP/4/compound:prt", "././PUNCT/4/punct");
    assertEquals(List.of(5), OccasionSubject.of(s, 1, null));
  }

  @Test
  void theSubjectOfAClauseAtATalkTookPart() {
    // "Bei einem Gespräch mit Mexiko sagte Kanada Hilfe zu."
    SentenceView s = view("Bei/bei/ADP/2/case", "einem/ein/DET/2/det", "Gespräch/Gespräch/NOUN/5/obl", "mit/mit/ADP/4/case",
        "Mexiko/Mexiko/PROPN/2/nmod", "sagte/zusagen/VERB/-1/root", "Kanada/Kanada/PROPN/5/nsubj", "Hilfe/Hilfe/NOUN/5/obj",
        "zu/zu/ADP/5/compound:prt", "././PUNCT/5/punct");
    assertEquals(List.of(6), OccasionSubject.of(s, 2, null));
  }

  @Test
  void nearMissTalksCalledForAreNoTalks() {
    // "Japan drängte Indien zu Gesprächen mit China.": a "zu" complement, not an occasion
    SentenceView s = view("Japan/Japan/PROPN/1/nsubj", "drängte/drängen/VERB/-1/root", "Indien/Indien/PROPN/1/obj", "zu/zu/ADP/4/case",
        "Gesprächen/Gespräch/NOUN/1/obl", "mit/mit/ADP/6/case", "China/China/PROPN/4/nmod", "././PUNCT/1/punct");
    assertEquals(List.of(), OccasionSubject.of(s, 4, null));
  }

  @Test
  void nearMissAPassiveClauseAfterAMeetingHasNoOneWhoMet() {
    // "Nach dem Treffen mit Russland wurde der Botschafter ausgewiesen."
    SentenceView s = view("Nach/nach/ADP/2/case", "dem/der/DET/2/det", "Treffen/Treffen/NOUN/8/obl", "mit/mit/ADP/4/case",
        "Russland/Russland/PROPN/2/nmod", "wurde/werden/AUX/8/aux:pass", "der/der/DET/7/det", "Botschafter/Botschafter/NOUN/8/nsubj:pass",
        "ausgewiesen/ausweisen/VERB/-1/root", "././PUNCT/8/punct");
    assertEquals(List.of(), OccasionSubject.of(s, 2, null));
  }

  @Test
  void nearMissACausePhraseIsNoOccasion() {
    // "Wegen des Treffens mit Russland lobte Polen niemanden.": a cause, not what came before
    SentenceView s = view("Wegen/wegen/ADP/2/case", "des/der/DET/2/det", "Treffens/Treffen/NOUN/5/obl", "mit/mit/ADP/4/case",
        "Russland/Russland/PROPN/2/nmod", "lobte/loben/VERB/-1/root", "Polen/Polen/PROPN/5/nsubj", "niemanden/niemand/PRON/5/obj",
        "././PUNCT/5/punct");
    assertEquals(List.of(), OccasionSubject.of(s, 2, null));
  }

  @Test
  void criticismThereWasTakesTheVerbsPhrases() {
    // "Seitens der EU gab es Kritik an Ungarn."
    SentenceView s = view("Seitens/seitens/ADP/2/case", "der/der/DET/2/det", "EU/EU/PROPN/3/obl", "gab/geben/VERB/-1/root",
        "es/es/PRON/3/expl", "Kritik/Kritik/NOUN/3/nsubj", "an/an/ADP/7/case", "Ungarn/Ungarn/PROPN/5/nmod", "././PUNCT/3/punct");
    assertTrue(Occurrence.holds(s, 5));
    assertEquals(List.of(2), OriginPhrase.of(s, 5));
    assertTrue(Dependents.phraseHeads(s, 5, -1).contains(3));
  }

  @Test
  void aParaphraseWithTheTargetOnTheVerbFindsIt() {
    // "Es gab Kritik von Frankreich an der Regierung Italiens."
    SentenceView s = view("Es/es/PRON/1/expl", "gab/geben/VERB/-1/root", "Kritik/Kritik/NOUN/1/nsubj", "von/von/ADP/4/case",
        "Frankreich/Frankreich/PROPN/2/nmod", "an/an/ADP/7/case", "der/der/DET/7/det", "Regierung/Regierung/NOUN/1/obl",
        "Italiens/Italien/PROPN/7/nmod", "././PUNCT/1/punct");
    assertTrue(Occurrence.holds(s, 2));
    assertTrue(Dependents.phraseHeads(s, 2, -1).contains(7));
  }

  @Test
  void nearMissAVerbWithARealSubjectLendsNoPhrases() {
    // "Polen gab Kritik an Ungarn zu bedenken.": Poland is the subject, no expletive
    SentenceView s = view("Polen/Polen/PROPN/1/nsubj", "gab/geben/VERB/-1/root", "Kritik/Kritik/NOUN/1/obj", "an/an/ADP/4/case",
        "Ungarn/Ungarn/PROPN/2/nmod", "zu/zu/PART/6/mark", "bedenken/bedenken/VERB/1/xcomp", "././PUNCT/1/punct");
    assertFalse(Occurrence.holds(s, 2));
    assertEquals(List.of(), OriginPhrase.of(s, 2));
  }
  @Test
  void theOneInvitedIsTheSubjectOfTheClauseOnTheInvitation() {
    // "Auf Einladung Chinas reiste Russland nach Peking.": the rule names the preposition "auf"
    SentenceView s = view("Auf/auf/ADP/1/case", "Einladung/Einladung/NOUN/3/obl", "Chinas/China/PROPN/1/nmod", "reiste/reisen/VERB/-1/root",
        "Russland/Russland/PROPN/3/nsubj", "nach/nach/ADP/6/case", "Peking/Peking/PROPN/3/obl", "././PUNCT/3/punct");
    assertEquals(List.of(4), OccasionSubject.of(s, 1, "auf"));
    assertEquals(List.of(), OccasionSubject.of(s, 1, null)); // "auf" is no occasion of its own
  }
}
