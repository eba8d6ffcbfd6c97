package org.chronik.pipeline.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/**
 * The subject of a speech verb on parses shaped as the parser gives them (sentences written for this
 * test): an auxiliary inside the quoted words that the parser hangs on the speech verb does not make
 * it passive; a real passive outside the marks does.
 */
class SubjectsTest {
  private static final AttributionLexicon LEXICON = AttributionLexicon.forLanguage("de");

  @Test
  void quotedAuxiliaryOnTheSpeechVerbIsNoPassive() {
    // „Wir sind draußen“, sagte Raab.  ("sind" hung on "sagte" as aux:pass)
    DependencyTree tree = tree(0, 5,
        "„ PUNCT punct 6", "Wir PRON nsubj 3", "sind AUX aux:pass 6", "draußen ADV ccomp 6", "“ PUNCT punct 6",
        ", PUNCT punct 6", "sagte VERB root -1", "Raab PROPN nsubj:pass 6 PER", ". PUNCT punct 6");
    assertEquals(7, SpeakerRoles.subject(tree, 6, LEXICON));
  }

  @Test
  void quotedPassiveAuxiliaryOnTheSpeechVerbIsNoPassive() {
    // „Die Halle wird abgerissen“, erklärte die Stadträtin.
    DependencyTree tree = tree(0, 6,
        "„ PUNCT punct 7", "Die DET det 2", "Halle NOUN nsubj:pass 4", "wird AUX aux:pass 7", "abgerissen VERB ccomp 7", "“ PUNCT punct 7",
        ", PUNCT punct 7", "erklärte VERB root -1", "die DET det 9", "Stadträtin NOUN nsubj 7", ". PUNCT punct 7");
    assertEquals(9, SpeakerRoles.subject(tree, 7, LEXICON));
  }

  @Test
  void passiveOutsideTheMarksNamesItsAgent() {
    // Der Plan wurde von der Opposition abgelehnt.  (near-miss: a real passive; the "von" agent, never the plan)
    DependencyTree tree = tree(-1, -1,
        "Der DET det 1", "Plan NOUN nsubj:pass 6", "wurde AUX aux:pass 6", "von ADP case 5", "der DET det 5", "Opposition NOUN obl 6",
        "abgelehnt VERB root -1", ". PUNCT punct 6");
    assertEquals(5, SpeakerRoles.subject(tree, 6, LEXICON));
  }

  /** A tree from "word UPOS deprel head [NER]" rows; tokens from {@code firstQuoted} to {@code lastQuoted} stand in quotation marks. */
  private static DependencyTree tree(int firstQuoted, int lastQuoted, String... rows) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String row : rows) {
      String[] f = row.split(" ");
      Span span = new Span(offset, offset + f[0].length());
      tokens.add(new Token(tokens.size(), f[0], f[0], span, f[0], f[1], null, f.length > 4 ? f[4] : "O", Integer.parseInt(f[3]), f[2]));
      offset = span.end() + 1;
    }
    Span quoted = firstQuoted < 0 ? null : new Span(tokens.get(firstQuoted).begin(), tokens.get(lastQuoted).end());
    Sentence sentence = new Sentence(0, new Span(0, offset - 1), tokens);
    return new DependencyTree(sentence, s -> quoted != null && quoted.contains(s));
  }
}
