package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.ActorType;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Mention;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;
import org.chronik.pipeline.events.ArgumentFinder.Arg;
import org.chronik.pipeline.events.CaseReader.Case;
import org.junit.jupiter.api.Test;

/**
 * The word-order fallback on broken parses. The parses are written by hand: the errors are the
 * parser's kind (a participle read as the root, a name hung on a date), but which sentence it makes
 * them on is not stable, so each case shows exactly the break named. Sentences are our own.
 */
class GermanClauseOrderTest {
  private static final String RULES = """
      t.ausschliessen verb=ausschließen src=nsubj tgt=obj code=160 example "Die EU schloss Ungarn aus." -> 160 IGO.EU HUN
      t.kritisieren  verb=kritisieren   src=nsubj tgt=obj code=111 example "Polen kritisierte Belarus." -> 111 POL BLR
      t.sprechen     verb=sprechen      src=nsubj tgt=obl:mit code=040 example "Japan sprach mit Indien." -> 040 JPN IND
      t.widersprechen verb=widersprechen src=nsubj tgt=iobj code=110 example "Syrien widersprach der Liga." -> 110 SYR IGO.AL
      """;

  /** Cases the test's words have ("der Liga" dative or genitive, "Russlands" genitive); others unknown. */
  private static final Map<String, Set<Case>> CASES = Map.of("liga", EnumSet.of(Case.DAT, Case.GEN), "russlands", EnumSet.of(Case.GEN));
  private static final CaseReader CASE_READER = (s, head) -> CASES.getOrDefault(s.word(head), Set.of());

  private static EventRule rule(String lemma) throws IOException {
    EventLexicon lexicon = RuleText.lexicon(RULES);
    return lexicon.rulesFor(EventRule.Kind.VERB, lemma).get(0);
  }

  /** "text/lemma/UPOS/xpos/head/deprel" per token (xpos "-" for none), heads 0-based; names "word=COUNTRY" become mentions. */
  private static SentenceView parse(String... tokens) {
    List<Token> list = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      String[] f = tokens[i].split("/");
      String[] word = f[0].split("=");
      if (body.length() > 0) {
        body.append(' ');
      }
      Span span = new Span(body.length(), body.length() + word[0].length());
      body.append(word[0]);
      list.add(new Token(i, word[0], word[0], span, f[1], f[2], f[3].equals("-") ? "" : f[3], "O", Integer.parseInt(f[4]), f[5]));
      if (word.length > 1) {
        ActorRef actor = new ActorRef("t:" + word[1], word[1], ActorType.COUNTRY, word[1], null, null);
        Mention last = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
        if (last != null && last.actor().equals(actor) && list.get(i - 1).span().end() == last.span().end()) {
          // a token right after one of the same actor continues its mention ("Hisbollah - Miliz")
          mentions.set(mentions.size() - 1, new Mention(new Span(last.span().begin(), span.end()), last.text() + " " + word[0], actor, "NAME", "test"));
        } else {
          mentions.add(new Mention(span, word[0], actor, "NAME", "test"));
        }
      }
    }
    Sentence sentence = new Sentence(0, new Span(0, body.length()), list);
    SentenceView.Context context = new SentenceView.Context(body.toString(), mentions, List.of(), CASE_READER,
        EventGrammar.forLanguage("de"), w -> false, w -> false);
    return new SentenceView(sentence, context);
  }

  private static String countryOf(List<Arg> args) {
    assertTrue(args.size() <= 1, "at most one actor by word order: " + args);
    if (args.isEmpty()) {
      return "-";
    }
    assertEquals(ArgumentSource.WORD_ORDER, args.get(0).from());
    return args.get(0).actor().country();
  }

  private static String source(SentenceView s, int trigger, String lemma) throws IOException {
    return countryOf(GermanClauseOrder.source(s, CASE_READER, trigger, rule(lemma), List.of(), List.of()));
  }

  private static String target(SentenceView s, int trigger, String lemma, int sourceToken) throws IOException {
    EventRule rule = rule(lemma);
    Arg source = new Arg(s.mention(sourceToken).actor(), sourceToken);
    return countryOf(GermanClauseOrder.target(s, CASE_READER, new RuleMatcher.Match(rule, -1, -1), trigger, List.of(source), List.of()));
  }

  @Test
  void theActorAloneBeforeTheFiniteVerbIsTheSourceWhenTheParserLostTheSubject() throws IOException {
    // "Die Union schloss am Montag Mali aus ." with the verb read as a side clause of the name
    SentenceView s = parse("Die/der/DET/-/1/det", "Union=IGO.AU/Union/PROPN/-/-1/root", "schloss/ausschließen/VERB/VER:3:SIN:PRT/1/parataxis",
        "am/an/ADP/-/4/case", "Montag/Montag/PROPN/-/2/obl", "Mali=MLI/Mali/PROPN/-/2/obj", "aus/aus/ADP/-/2/compound:prt",
        "././PUNCT/-/1/punct");
    assertEquals("IGO.AU", source(s, 2, "ausschließen"));
  }

  @Test
  void noSourceWhenTheFirstPhraseCannotBeNominative() throws IOException {
    // "Der Liga widersprach am Montag Syrien ." : "Der Liga" is dative, the one who contradicts is Syria
    SentenceView s = parse("Der/der/DET/-/1/det", "Liga=IGO.AL/Liga/PROPN/-/2/obl", "widersprach/widersprechen/VERB/VER:3:SIN:PRT/-1/root",
        "am/an/ADP/-/4/case", "Montag/Montag/PROPN/-/2/obl", "Syrien=SYR/Syrien/PROPN/-/4/appos", "././PUNCT/-/2/punct");
    assertEquals("-", source(s, 2, "widersprechen"));
  }

  @Test
  void aParaphraseWithTheSubjectHungOnAnEarlierNoun() throws IOException {
    // "Kanada kritisierte gestern Kuba ." with "Kanada" hung as a modifier of "Kuba"
    SentenceView s = parse("Kanada=CAN/Kanada/PROPN/-/3/nmod", "kritisierte/kritisieren/VERB/VER:3:SIN:PRT/-1/root",
        "gestern/gestern/ADV/-/1/advmod", "Kuba=CUB/Kuba/PROPN/-/1/obj", "././PUNCT/-/1/punct");
    assertEquals("CAN", source(s, 1, "kritisieren"));
  }

  @Test
  void noSourceFromAPhraseAfterAPrepositionOrAcrossAComma() throws IOException {
    // "In Kanada kritisierte man Kuba ." : the first position is a place phrase
    SentenceView place = parse("In/in/ADP/-/1/case", "Kanada=CAN/Kanada/PROPN/-/2/obl", "kritisierte/kritisieren/VERB/VER:3:SIN:PRT/-1/root",
        "man/man/PRON/-/2/obj", "Kuba=CUB/Kuba/PROPN/-/2/obj", "././PUNCT/-/2/punct");
    assertEquals("-", source(place, 2, "kritisieren"));
    // "Kanada , so heißt es , kritisierte Kuba ." : a comma between the actor and the verb
    SentenceView comma = parse("Kanada=CAN/Kanada/PROPN/-/6/nmod", ",/,/PUNCT/-/3/punct", "so/so/ADV/-/3/advmod", "heißt/heißen/VERB/VER:3:SIN:PRÄ/6/parataxis",
        "es/es/PRON/-/3/nsubj", ",/,/PUNCT/-/3/punct", "kritisierte/kritisieren/VERB/VER:3:SIN:PRT/-1/root", "Kuba=CUB/Kuba/PROPN/-/6/obj",
        "././PUNCT/-/6/punct");
    assertEquals("-", source(comma, 6, "kritisieren"));
    // "Kanada kritisierte die Regierung Kuba ." : the parser names another subject ("Regierung"), so none is guessed
    SentenceView other = parse("Kanada=CAN/Kanada/PROPN/-/4/nmod", "kritisierte/kritisieren/VERB/VER:3:SIN:PRT/-1/root", "die/der/DET/-/3/det",
        "Regierung/Regierung/NOUN/-/1/nsubj", "Kuba=CUB/Kuba/PROPN/-/3/appos", "././PUNCT/-/1/punct");
    assertEquals("-", source(other, 1, "kritisieren"));
  }

  @Test
  void theNearestBareActorAfterTheVerbIsTheTargetWhenTheParserHungItOnADate() throws IOException {
    // "Polen kritisierte bei einem Treffen am Montag Belarus ." with "Belarus" as an apposition of "Montag"
    SentenceView s = parse("Polen=POL/Polen/PROPN/-/1/nsubj", "kritisierte/kritisieren/VERB/VER:3:SIN:PRT/-1/root", "bei/bei/ADP/-/4/case",
        "einem/ein/DET/-/4/det", "Treffen/Treffen/NOUN/-/1/obl", "am/an/ADP/-/6/case", "Montag/Montag/PROPN/-/4/nmod",
        "Belarus=BLR/Belarus/PROPN/-/6/appos", "././PUNCT/-/1/punct");
    assertEquals("BLR", target(s, 1, "kritisieren", 0));
  }

  @Test
  void aParaphraseWithTheSubjectAfterTheVerbAndTheObjectGluedToIt() throws IOException {
    // "Gestern kritisierte Japan China ." with "China" flat on the subject "Japan"
    SentenceView s = parse("Gestern/gestern/ADV/-/1/advmod", "kritisierte/kritisieren/VERB/VER:3:SIN:PRT/-1/root",
        "Japan=JPN/Japan/PROPN/-/1/nsubj", "China=CHN/China/PROPN/-/2/flat", "././PUNCT/-/1/punct");
    assertEquals("CHN", target(s, 1, "kritisieren", 2));
    // "Polen kritisierte bei dem Streit Präsident Lukaschenko ." with the title hung on "Streit": a bare title starts a new phrase
    SentenceView title = parse("Polen=POL/Polen/PROPN/-/1/nsubj", "kritisierte/kritisieren/VERB/VER:3:SIN:PRT/-1/root", "bei/bei/ADP/-/4/case",
        "dem/der/DET/-/4/det", "Streit/Streit/NOUN/-/1/obl", "Präsident/Präsident/NOUN/-/4/appos", "Lukaschenko=BLR/Lukaschenko/PROPN/-/5/flat",
        "././PUNCT/-/1/punct");
    assertEquals("BLR", target(title, 1, "kritisieren", 0));
  }

  @Test
  void aHyphenInsideANameEndsNoClauseAndTheSubjectIsNoTarget() throws IOException {
    // "In Libanon kritisiert die Hisbollah-Miliz die Regierung ." tokenized "Hisbollah - Miliz", the subject on "Miliz"
    SentenceView s = parse("In/in/ADP/-/1/case", "Libanon/Libanon/PROPN/-/2/obl", "kritisiert/kritisieren/VERB/VER:3:SIN:PRÄ/-1/root",
        "die/der/DET/-/6/det", "Hisbollah=LBN/Hisbollah/PROPN/-/6/compound", "-=LBN/-/PUNCT/-/4/punct", "Miliz=LBN/Miliz/NOUN/-/2/nsubj",
        "die/der/DET/-/8/det", "Regierung/Regierung/NOUN/-/6/nmod", "././PUNCT/-/2/punct");
    assertEquals("-", target(s, 2, "kritisieren", 6));
    // "Die EU-Kommission schloss am Montag Ungarn aus ." with no subject on the verb: the clause starts before the hyphen
    SentenceView e = parse("Die/der/DET/-/1/det", "EU=IGO.EU/EU/PROPN/-/3/compound", "-=IGO.EU/-/PUNCT/-/1/punct",
        "Kommission=IGO.EU/Kommission/NOUN/-/-1/root", "schloss/ausschließen/VERB/VER:3:SIN:PRT/3/parataxis", "am/an/ADP/-/6/case",
        "Montag/Montag/PROPN/-/4/obl", "Ungarn=HUN/Ungarn/PROPN/-/4/obj", "aus/aus/ADP/-/4/compound:prt", "././PUNCT/-/3/punct");
    assertEquals("IGO.EU", source(e, 4, "ausschließen"));
  }

  @Test
  void noTargetFromANameOnATitleWithItsOwnPreposition() throws IOException {
    // "Polen kritisierte am Montag die Rede von Präsident Lukaschenko ." : the name belongs to "Rede", not to the verb
    SentenceView s = parse("Polen=POL/Polen/PROPN/-/1/nsubj", "kritisierte/kritisieren/VERB/VER:3:SIN:PRT/-1/root", "am/an/ADP/-/3/case",
        "Montag/Montag/PROPN/-/1/obl", "die/der/DET/-/5/det", "Rede/Rede/NOUN/-/3/appos", "von/von/ADP/-/7/case",
        "Präsident/Präsident/NOUN/-/5/nmod", "Lukaschenko=BLR/Lukaschenko/PROPN/-/7/flat", "././PUNCT/-/1/punct");
    assertEquals("-", target(s, 1, "kritisieren", 0));
    // a slot with a preposition is not read by word order: "sprach am Montag mit Indien" with "Indien" hung on the date
    // ("Sanktionen gegen Iran": a phrase after a noun belongs to the noun as easily as to the verb)
    SentenceView p = parse("Japan=JPN/Japan/PROPN/-/1/nsubj", "sprach/sprechen/VERB/VER:3:SIN:PRT/-1/root", "am/an/ADP/-/3/case",
        "Montag/Montag/PROPN/-/1/obl", "mit/mit/ADP/-/5/case", "Indien=IND/Indien/PROPN/-/3/nmod", "././PUNCT/-/1/punct");
    assertEquals("-", target(p, 1, "sprechen", 0));
  }

  @Test
  void noTargetFromAPlacePhraseAGenitiveOrAnotherClause() throws IOException {
    // "Polen kritisierte am Montag in Belarus die Lage ." : a place, not the one criticised
    SentenceView place = parse("Polen=POL/Polen/PROPN/-/1/nsubj", "kritisierte/kritisieren/VERB/VER:3:SIN:PRT/-1/root", "am/an/ADP/-/3/case",
        "Montag/Montag/PROPN/-/1/obl", "in/in/ADP/-/5/case", "Belarus=BLR/Belarus/PROPN/-/3/nmod", "die/der/DET/-/7/det",
        "Lage/Lage/NOUN/-/5/appos", "././PUNCT/-/1/punct");
    assertEquals("-", target(place, 1, "kritisieren", 0));
    // "Polen kritisierte am Montag Russlands Haltung ." : the nearest bare name is a genitive, and nothing further is read
    SentenceView genitive = parse("Polen=POL/Polen/PROPN/-/1/nsubj", "kritisierte/kritisieren/VERB/VER:3:SIN:PRT/-1/root", "am/an/ADP/-/3/case",
        "Montag/Montag/PROPN/-/1/obl", "Russlands=RUS/Russland/PROPN/-/3/nmod", "Haltung/Haltung/NOUN/-/3/appos", "././PUNCT/-/1/punct");
    assertEquals("-", target(genitive, 1, "kritisieren", 0));
    // "Polen kritisierte am Montag , Belarus habe gelogen ." : the actor is in the next clause
    SentenceView clause = parse("Polen=POL/Polen/PROPN/-/1/nsubj", "kritisierte/kritisieren/VERB/VER:3:SIN:PRT/-1/root", "am/an/ADP/-/3/case",
        "Montag/Montag/PROPN/-/1/obl", ",/,/PUNCT/-/3/punct", "Belarus=BLR/Belarus/PROPN/-/3/appos", "habe/haben/AUX/VER:AUX:3:SIN:KJ1/7/aux",
        "gelogen/lügen/VERB/-/1/ccomp", "././PUNCT/-/1/punct");
    assertEquals("-", target(clause, 1, "kritisieren", 0));
    // "Polen kritisierte das Gesetz am Montag Belarus ." : the parser has an object of its own
    SentenceView object = parse("Polen=POL/Polen/PROPN/-/1/nsubj", "kritisierte/kritisieren/VERB/VER:3:SIN:PRT/-1/root", "das/der/DET/-/3/det",
        "Gesetz/Gesetz/NOUN/-/1/obj", "am/an/ADP/-/5/case", "Montag/Montag/PROPN/-/1/obl", "Belarus=BLR/Belarus/PROPN/-/5/appos",
        "././PUNCT/-/1/punct");
    assertEquals("-", target(object, 1, "kritisieren", 0));
    // "sprach am Montag über Indien": the preposition is not the slot's
    SentenceView about = parse("Japan=JPN/Japan/PROPN/-/1/nsubj", "sprach/sprechen/VERB/VER:3:SIN:PRT/-1/root", "am/an/ADP/-/3/case",
        "Montag/Montag/PROPN/-/1/obl", "über/über/ADP/-/5/case", "Indien=IND/Indien/PROPN/-/3/nmod", "././PUNCT/-/1/punct");
    assertEquals("-", target(about, 1, "sprechen", 0));
  }
}
