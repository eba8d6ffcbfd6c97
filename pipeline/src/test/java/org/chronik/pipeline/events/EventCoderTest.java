package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.DateSource;
import org.chronik.model.Event;
import org.chronik.model.Layer;
import org.chronik.model.PartialDate;
import org.chronik.model.ReferenceTime;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;
import org.chronik.model.Token;
import org.junit.jupiter.api.Test;

/**
 * The coder on hand-written parses (no CoreNLP): dates, attribution, duplicates, teasers, random
 * input. Tokens are written "word/UPOS/tag/deprel>head"; actors come from the {@link TestActors} double.
 */
class EventCoderTest {
  private static final EventCoder CODER = EventCoder.forLanguage("de");
  private static final TestActors ACTORS = new TestActors();
  private static final PartialDate CREATED = PartialDate.parse("2024-05-10");

  /** One parsed sentence per string; sentences are separated by a space, paragraphs by "\n" in {@code breaks}. */
  private static AnnotatedDocument doc(List<String> parses, String separator, List<TimeExpression> timexes) {
    return doc(parses, separator, timexes, CREATED);
  }

  private static AnnotatedDocument doc(List<String> parses, String separator, List<TimeExpression> timexes, PartialDate created) {
    StringBuilder body = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    for (String parse : parses) {
      if (body.length() > 0) {
        body.append(separator);
      }
      int start = body.length();
      List<Token> tokens = new ArrayList<>();
      String[] items = parse.trim().split("\\s+");
      for (int i = 0; i < items.length; i++) {
        String[] f = items[i].split("/");
        String[] rel = f[3].split(">");
        if (i > 0 && !f[0].equals(".")) {
          body.append(' ');
        }
        int b = body.length();
        body.append(f[0]);
        String lemma = switch (f[0]) {
          case "telefonierte", "telefoniert" -> "telefonieren";
          case "getroffen" -> "treffen";
          case "berichtete" -> "berichten";
          case "wollte" -> "wollen";
          default -> f[0];
        };
        tokens.add(new Token(i, f[0], f[0], new Span(b, body.length()), lemma, f[1], f[2].isEmpty() ? null : f[2], "O",
            Integer.parseInt(rel[1]), rel[0]));
      }
      sentences.add(new Sentence(sentences.size(), new Span(start, body.length()), tokens));
    }
    Article article = Article.of("doc", created, body.toString());
    // as the time tagger does in news, each day told moves the reference time
    List<ReferenceTime> references = timexes.stream().map(t -> new ReferenceTime(t.span().end(), EventDater.calendarValue(t), t.span())).toList();
    AnnotatedDocument d = AnnotatedDocument.of(article).with(Layer.SENTENCES, sentences).with(Layer.TIMEX, timexes)
        .with(Layer.REFERENCE_TIMES, references);
    return CODER.apply(ACTORS.apply(d));
  }

  private static TimeExpression timex(AnnotatedDocument unused, String body, String text, String value) {
    int b = body.indexOf(text);
    return new TimeExpression(new Span(b, b + text.length()), text, "DATE", value, null, "test");
  }

  private static final String CALL = "Japan/PROPN//nsubj>1 telefonierte/VERB/VER:3:SIN:PRT:SFT/root>-1 mit/ADP//case>3 Indien/PROPN//obl>1 ./PUNCT//punct>1";

  @Test
  void presentEventWithoutDateTakesTheCreationDate() {
    List<Event> events = doc(List.of(CALL), " ", List.of()).layer(Layer.EVENTS);
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertEquals("041", e.code().code());
    assertTrue(e.symmetric());
    assertEquals(CREATED, e.date());
    assertEquals(DateSource.CREATION_DATE, e.dateSource());
    assertEquals("consult.telefonieren", e.rule());
    assertTrue(e.matched().size() >= 3, "trigger and both actors are explained");
  }

  @Test
  void timeExpressionInTheClauseDatesTheEvent() {
    String parse = "Japan/PROPN//nsubj>1 telefonierte/VERB/VER:3:SIN:PRT:SFT/root>-1 gestern/ADV//advmod>1 mit/ADP//case>4 Indien/PROPN//obl>1 ./PUNCT//punct>1";
    String body = "Japan telefonierte gestern mit Indien.";
    AnnotatedDocument d = doc(List.of(parse), " ", List.of(timex(null, body, "gestern", "2024-05-09")));
    Event e = d.layer(Layer.EVENTS).get(0);
    assertEquals(PartialDate.parse("2024-05-09"), e.date());
    assertEquals(DateSource.EXPRESSION, e.dateSource());
  }

  @Test
  void aBareDateInsideANameDoesNotDateTheAct() {
    // "Japan telefonierte mit Indien über die Expo 2025." — the year names the fair, not the call
    String parse = "Japan/PROPN//nsubj>1 telefonierte/VERB/VER:3:SIN:PRT:SFT/root>-1 mit/ADP//case>3 Indien/PROPN//obl>1"
        + " über/ADP//case>6 die/DET//det>6 Expo/PROPN//obl>1 2025/NUM//nmod>6 ./PUNCT//punct>1";
    String body = "Japan telefonierte mit Indien über die Expo 2025.";
    Event e = doc(List.of(parse), " ", List.of(timex(null, body, "2025", "2025"))).layer(Layer.EVENTS).get(0);
    assertEquals(CREATED, e.date(), "the year names the fair; the act keeps the article's date");
    assertEquals(DateSource.CREATION_DATE, e.dateSource());
    // near miss: a date with its own preposition is adverbial even where the parser hangs it on a noun
    String misattached = "Japan/PROPN//nsubj>1 telefonierte/VERB/VER:3:SIN:PRT:SFT/root>-1 mit/ADP//case>3 Indien/PROPN//obl>1"
        + " am/ADP//case>5 Montag/PROPN//nmod>3 ./PUNCT//punct>1";
    String body2 = "Japan telefonierte mit Indien am Montag.";
    Event f = doc(List.of(misattached), " ", List.of(timex(null, body2, "Montag", "2024-05-06"))).layer(Layer.EVENTS).get(0);
    assertEquals(PartialDate.parse("2024-05-06"), f.date());
    assertEquals(DateSource.EXPRESSION, f.dateSource());
  }

  @Test
  void aDateThatNamesAThingDoesNotDateTheAct() {
    // "Japan telefonierte mit Indien über das Abkommen von 2019." — the year names the treaty
    String treaty = "Japan/PROPN//nsubj>1 telefonierte/VERB/VER:3:SIN:PRT:SFT/root>-1 mit/ADP//case>3 Indien/PROPN//obl>1"
        + " über/ADP//case>6 das/DET//det>6 Abkommen/NOUN//obl>1 von/ADP//case>8 2019/NUM//nmod>6 ./PUNCT//punct>1";
    Event e = doc(List.of(treaty), " ", List.of(timex(null, "Japan telefonierte mit Indien über das Abkommen von 2019.", "2019", "2019")))
        .layer(Layer.EVENTS).get(0);
    assertEquals(CREATED, e.date());
    assertEquals(DateSource.CREATION_DATE, e.dateSource());
    // "… über das Ergebnis der Wahl vom 3. Mai." — the day names the election
    String vote = "Japan/PROPN//nsubj>1 telefonierte/VERB/VER:3:SIN:PRT:SFT/root>-1 mit/ADP//case>3 Indien/PROPN//obl>1"
        + " über/ADP//case>6 das/DET//det>6 Ergebnis/NOUN//obl>1 der/DET//det>8 Wahl/NOUN//nmod>6 vom/ADP//case>11"
        + " 3./ADJ//amod>11 Mai/NOUN//nmod>8 ./PUNCT//punct>1";
    String body = "Japan telefonierte mit Indien über das Ergebnis der Wahl vom 3. Mai.";
    Event f = doc(List.of(vote), " ", List.of(timex(null, body, "3. Mai", "2024-05-03"))).layer(Layer.EVENTS).get(0);
    assertEquals(CREATED, f.date());
    // near miss: "am 3. Mai" deep in the phrase still tells the sentence's time
    String deep = vote.replace("vom/ADP", "am/ADP");
    Event g = doc(List.of(deep), " ", List.of(timex(null, body.replace("vom", "am"), "3. Mai", "2024-05-03"))).layer(Layer.EVENTS).get(0);
    assertEquals(PartialDate.parse("2024-05-03"), g.date());
    assertEquals(DateSource.CONTEXT, g.dateSource());
  }

  @Test
  void aDateToldInPassingDoesNotMoveTheStory() {
    // "Japan verwies auf einen Anschlag am 31. Dezember." dates the attack it mentions, not the story
    String attack = "Japan/PROPN//nsubj>1 verwies/VERB/VER:3:SIN:PRT:NON/root>-1 auf/ADP//case>4 einen/DET//det>4 Anschlag/NOUN//obl>1"
        + " am/ADP//case>7 31./ADJ//amod>7 Dezember/NOUN//nmod>4 ./PUNCT//punct>1";
    String body = "Japan verwies auf einen Anschlag am 31. Dezember. Japan telefonierte mit Indien.";
    Event e = doc(List.of(attack, CALL), " ", List.of(timex(null, body, "31. Dezember", "2023-12-31"))).layer(Layer.EVENTS).get(0);
    assertEquals(CREATED, e.date());
    assertEquals(DateSource.CREATION_DATE, e.dateSource());
    // "Japan erinnerte an den Angriff vom 3. Mai."
    String raid = "Japan/PROPN//nsubj>1 erinnerte/VERB/VER:3:SIN:PRT:NON/root>-1 an/ADP//case>4 den/DET//det>4 Angriff/NOUN//obl>1"
        + " vom/ADP//case>7 3./ADJ//amod>7 Mai/NOUN//nmod>4 ./PUNCT//punct>1";
    String body2 = "Japan erinnerte an den Angriff vom 3. Mai. Japan telefonierte mit Indien.";
    Event f = doc(List.of(raid, CALL), " ", List.of(timex(null, body2, "3. Mai", "2024-05-03"))).layer(Layer.EVENTS).get(0);
    assertEquals(CREATED, f.date());
    // near miss: a dated subject is what the sentence tells, and the story moves to its day
    String summit = "Der/DET//det>1 Gipfel/NOUN//nsubj>5 am/ADP//case>4 3./ADJ//amod>4 Mai/NOUN//nmod>1 endete/VERB/VER:3:SIN:PRT:NON/root>-1 ./PUNCT//punct>5";
    String body3 = "Der Gipfel am 3. Mai endete. Japan telefonierte mit Indien.";
    Event g = doc(List.of(summit, CALL), " ", List.of(timex(null, body3, "3. Mai", "2024-05-03"))).layer(Layer.EVENTS).get(0);
    assertEquals(PartialDate.parse("2024-05-03"), g.date());
    assertEquals(DateSource.REFERENCE, g.dateSource());
  }

  @Test
  void anIntentToldInThePresentHoldsOnTheArticlesDate() {
    String monday = "Am/ADP//case>1 Montag/NOUN//obl>2 sprach/VERB/VER:3:SIN:PRT:NON/root>-1 Kanada/PROPN//nsubj>2 ./PUNCT//punct>2";
    String body = "Am Montag sprach Kanada. Japan will Indien treffen.";
    String wants = "Japan/PROPN//nsubj>3 will/AUX/VER:MOD:3:SIN:PRÄ/aux>3 Indien/PROPN//obj>3 treffen/VERB/VER:INF/root>-1 ./PUNCT//punct>3";
    Event e = doc(List.of(monday, wants), " ", List.of(timex(null, body, "Montag", "2024-05-06"))).layer(Layer.EVENTS).get(0);
    assertEquals(CREATED, e.date());
    assertEquals(DateSource.CREATION_DATE, e.dateSource());
    String will = "Japan/PROPN//nsubj>3 wird/AUX/VER:3:SIN:PRÄ/aux>3 Indien/PROPN//obj>3 treffen/VERB/VER:INF/root>-1 ./PUNCT//punct>3";
    Event f = doc(List.of(monday, will), " ", List.of(timex(null, "Am Montag sprach Kanada. Japan wird Indien treffen.", "Montag", "2024-05-06")))
        .layer(Layer.EVENTS).get(0);
    assertEquals(CREATED, f.date());
    // near miss: an intent told in the past belongs to the day the story is on
    String wanted = "Japan/PROPN//nsubj>3 wollte/AUX/VER:MOD:3:SIN:PRT/aux>3 Indien/PROPN//obj>3 treffen/VERB/VER:INF/root>-1 ./PUNCT//punct>3";
    Event g = doc(List.of(monday, wanted), " ", List.of(timex(null, "Am Montag sprach Kanada. Japan wollte Indien treffen.", "Montag", "2024-05-06")))
        .layer(Layer.EVENTS).get(0);
    assertEquals(PartialDate.parse("2024-05-06"), g.date());
    assertEquals(DateSource.REFERENCE, g.dateSource());
  }

  @Test
  void pastPerfectBackgroundWithoutDateGetsTheArticlesMonthOnly() {
    String parse = "Japan/PROPN//nsubj>3 hatte/AUX/VER:AUX:3:SIN:PRT/aux>3 Indien/PROPN//obj>3 getroffen/VERB/VER:PA2:NON/root>-1 ./PUNCT//punct>3";
    Event e = doc(List.of(parse), " ", List.of()).layer(Layer.EVENTS).get(0);
    assertEquals("040", e.code().code());
    assertEquals(PartialDate.ofMonth(2024, 5), e.date(), "shortly before the article: its month, never its day");
    assertEquals(DateSource.CREATION_DATE, e.dateSource());
    // in the first week of a month the act may lie in the month before: no date
    Event early = doc(List.of(parse), " ", List.of(), PartialDate.parse("2024-05-03")).layer(Layer.EVENTS).get(0);
    assertNull(early.date());
    assertEquals(DateSource.NONE, early.dateSource());
  }

  @Test
  void pastPerfectTakesTheDateOfTheParagraph() {
    String first = "Am/ADP//case>1 Montag/NOUN//obl>2 sprach/VERB/VER:3:SIN:PRT:NON/root>-1 Kanada/PROPN//nsubj>2 ./PUNCT//punct>2";
    String second = "Japan/PROPN//nsubj>3 hatte/AUX/VER:AUX:3:SIN:PRT/aux>3 Indien/PROPN//obj>3 getroffen/VERB/VER:PA2:NON/root>-1 ./PUNCT//punct>3";
    String body = "Am Montag sprach Kanada. Japan hatte Indien getroffen.";
    AnnotatedDocument d = doc(List.of(first, second), " ", List.of(timex(null, body, "Montag", "2024-05-06")));
    Event e = d.layer(Layer.EVENTS).get(0);
    assertEquals(PartialDate.parse("2024-05-06"), e.date());
    assertEquals(DateSource.REFERENCE, e.dateSource());
    // a new paragraph does not inherit the day: only the article's month is known
    AnnotatedDocument split = doc(List.of(first, second), "\n\n", List.of(timex(null, body, "Montag", "2024-05-06")));
    assertEquals(PartialDate.ofMonth(2024, 5), split.layer(Layer.EVENTS).get(0).date());
    // nor does a day announced after the article's date
    Event announced = doc(List.of(first, second), " ", List.of(timex(null, body, "Montag", "2024-05-13"))).layer(Layer.EVENTS).get(0);
    assertEquals(PartialDate.ofMonth(2024, 5), announced.date());
    assertEquals(DateSource.CREATION_DATE, announced.dateSource());
  }

  @Test
  void undatedEventTakesTheReferenceTimeInForce() {
    String first = "Am/ADP//case>1 Montag/NOUN//obl>2 sprach/VERB/VER:3:SIN:PRT:NON/root>-1 Kanada/PROPN//nsubj>2 ./PUNCT//punct>2";
    String body = "Am Montag sprach Kanada. Japan telefonierte mit Indien.";
    for (String separator : List.of(" ", "\n\n")) { // unlike background, across paragraphs too
      Event e = doc(List.of(first, CALL), separator, List.of(timex(null, body, "Montag", "2024-05-06"))).layer(Layer.EVENTS).get(0);
      assertEquals(PartialDate.parse("2024-05-06"), e.date());
      assertEquals(DateSource.REFERENCE, e.dateSource());
    }
    // near miss: a day announced after the article's date dates no reported event
    Event later = doc(List.of(first, CALL), " ", List.of(timex(null, body, "Montag", "2024-05-13"))).layer(Layer.EVENTS).get(0);
    assertEquals(CREATED, later.date());
    assertEquals(DateSource.CREATION_DATE, later.dateSource());
  }

  @Test
  void reportingSourceIsAttributionNotActor() {
    String parse = "Japan/PROPN//nsubj>1 telefonierte/VERB/VER:3:SIN:PRT:SFT/root>-1 laut/ADP//case>3 Kanada/PROPN//obl>1 mit/ADP//case>5 Indien/PROPN//obl>1 ./PUNCT//punct>1";
    List<Event> events = doc(List.of(parse), " ", List.of()).layer(Layer.EVENTS);
    assertEquals(1, events.size());
    Event e = events.get(0);
    assertNotNull(e.attribution());
    assertEquals("CAN", e.attribution().country());
    assertTrue(!e.source().country().equals("CAN") && !e.target().country().equals("CAN"));
  }

  /** The reporter is read with the quote finder's speaker grammar, also when the parser gives the reporting verb no subject. */
  @Test
  void reporterWithoutParsedSubjectComesFromTheSharedSpeakerGrammar() {
    // "…, wie Kanada berichtete": the parser took the reporter for an object; word order after "wie" names it
    String clause = "Japan/PROPN//nsubj>1 telefonierte/VERB/VER:3:SIN:PRT:SFT/root>-1 mit/ADP//case>3 Indien/PROPN//obl>1 ,/PUNCT//punct>7"
        + " wie/SCONJ//mark>7 Kanada/PROPN//obj>7 berichtete/VERB/VER:3:SIN:PRT:SFT/advcl>1 ./PUNCT//punct>1";
    // "…, berichtete Kanada": an inverted reporting verb, its subject after it parsed as object
    String inverted = "Japan/PROPN//nsubj>1 telefonierte/VERB/VER:3:SIN:PRT:SFT/root>-1 mit/ADP//case>3 Indien/PROPN//obl>1 ,/PUNCT//punct>5"
        + " berichtete/VERB/VER:3:SIN:PRT:SFT/parataxis>1 Kanada/PROPN//obj>5 ./PUNCT//punct>1";
    for (String parse : List.of(clause, inverted)) {
      Event e = doc(List.of(parse), " ", List.of()).layer(Layer.EVENTS).get(0);
      assertNotNull(e.attribution(), parse);
      assertEquals("CAN", e.attribution().country());
    }
    // near miss: a clause with a verb that reports nothing ("wie Kanada es wollte") names no reporter
    String wish = "Japan/PROPN//nsubj>1 telefonierte/VERB/VER:3:SIN:PRT:SFT/root>-1 mit/ADP//case>3 Indien/PROPN//obl>1 ,/PUNCT//punct>8"
        + " wie/SCONJ//mark>8 Kanada/PROPN//nsubj>8 es/PRON//obj>8 wollte/VERB/VER:3:SIN:PRT:SFT/advcl>1 ./PUNCT//punct>1";
    assertNull(doc(List.of(wish), " ", List.of()).layer(Layer.EVENTS).get(0).attribution());
  }

  @Test
  void aRepeatedEventPointsAtItsFirstMention() {
    List<Event> events = doc(List.of(CALL, CALL), " ", List.of()).layer(Layer.EVENTS);
    assertEquals(2, events.size());
    assertNull(events.get(0).duplicateOf());
    assertEquals(events.get(0).id(), events.get(1).duplicateOf());
  }

  @Test
  void aLineWithoutFiniteVerbYieldsNoEvent() {
    // "Russlands Angriff auf Japan in Bildern": a gallery teaser, no finite verb
    String parse = "Russlands/PROPN/EIG:GEN:SIN:NEU/nmod>1 Angriff/NOUN//root>-1 auf/ADP//case>3 Japan/PROPN//nmod>1 in/ADP//case>5 Bildern/NOUN//nmod>1";
    assertEquals(List.of(), doc(List.of(parse), " ", List.of()).layer(Layer.EVENTS));
    String withVerb = "Russlands/PROPN/EIG:GEN:SIN:NEU/nmod>1 Angriff/NOUN//nsubj>4 auf/ADP//case>3 Japan/PROPN//nmod>1 begann/VERB/VER:3:SIN:PRT:NON/root>-1";
    assertEquals("190", doc(List.of(withVerb), " ", List.of()).layer(Layer.EVENTS).get(0).code().code());
  }

  /** Events of the hand-written parse whose root is {@code root}, as "SRC>TGT". */
  private static List<String> pairs(String parse, String root) {
    List<Event> events = doc(List.of(parse), " ", List.of()).layer(Layer.EVENTS);
    return events.stream().filter(e -> e.code().root().equals(root)).map(e -> e.source().country() + ">" + e.target().country()).toList();
  }

  @Test
  void aRelativeClauseTheParserHungHighBelongsToTheNounBeforeTheComma() {
    // "die … bewachen" hung on "Schüsse"/"Bilder", which name no actor; the noun right before the comma does
    String shots = "Iran/PROPN//nsubj>1 feuerte/VERB/VER:3:SIN:PRT:SFT/root>-1 Schüsse/NOUN/SUB:AKK:PLU:MAS/obj>1 über/ADP//case>6"
        + " den/DET//det>6 britischen/ADJ//amod>6 Schiffen/NOUN/SUB:DAT:PLU:NEU/nmod>2 ,/PUNCT//punct>12"
        + " die/PRON/PRO:DEM:NOM:PLU:ALG/nsubj>12 die/DET//det>11 ägyptische/ADJ//amod>11 Küste/NOUN/SUB:AKK:SIN:FEM/obj>12"
        + " bewachen/VERB/VER:3:PLU:PRÄ:SFT/acl>2 ,/PUNCT//punct>12 ab/ADP//compound:prt>1 ./PUNCT//punct>1";
    assertEquals(List.of("GBR>EGY"), pairs(shots, "07"));
    String pictures = "Die/DET//det>1 Zeitung/NOUN/SUB:NOM:SIN:FEM/nsubj>2 zeigte/VERB/VER:3:SIN:PRT:SFT/root>-1"
        + " Bilder/NOUN/SUB:AKK:PLU:NEU/obj>2 mit/ADP//case>7 den/DET//det>7 deutschen/ADJ//amod>7 Soldaten/NOUN/SUB:DAT:PLU:MAS/nmod>3"
        + " ,/PUNCT//punct>13 die/PRON/PRO:DEM:NOM:PLU:ALG/nsubj>13 die/DET//det>12 ukrainische/ADJ//amod>12"
        + " Grenze/NOUN/SUB:AKK:SIN:FEM/obj>13 bewachen/VERB/VER:3:PLU:PRÄ:SFT/acl>3 ./PUNCT//punct>2";
    assertEquals(List.of("DEU>UKR"), pairs(pictures, "07"));
    // near-miss: a singular noun before the comma cannot be the plural pronoun's antecedent
    String ship = shots.replace("Schiffen/NOUN/SUB:DAT:PLU:NEU", "Schiff/NOUN/SUB:DAT:SIN:NEU");
    assertEquals(List.of(), pairs(ship, "07"));
  }

  @Test
  void randomParsesNeverThrow() {
    Random random = new Random(11);
    String[] words = {"Japan", "Indien", "telefonierte", "Sanktionen", "gegen", "nicht", "wollen", "beide", "laut", "und",
        "verhängt", "hatte", "Angriff", "mit", ".", "-", ":", "sich", "Unterstützung", "zu", "US"};
    String[] upos = {"PROPN", "VERB", "NOUN", "ADP", "PART", "AUX", "CCONJ", "PUNCT", "PRON", "ADJ"};
    String[] rels = {"nsubj", "obj", "obl", "nmod", "conj", "appos", "flat", "aux", "case", "advmod", "xcomp", "obl:arg", "nsubj:pass", "root"};
    for (int n = 0; n < 300; n++) {
      int size = 1 + random.nextInt(12);
      List<String> items = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        String tag = random.nextBoolean() ? "VER:3:SIN:PRÄ" : "";
        items.add(words[random.nextInt(words.length)] + "/" + upos[random.nextInt(upos.length)] + "/" + tag + "/"
            + rels[random.nextInt(rels.length)] + ">" + (random.nextInt(size + 1) - 1));
      }
      doc(List.of(String.join(" ", items)), " ", List.of()).layer(Layer.EVENTS);
    }
  }
}
