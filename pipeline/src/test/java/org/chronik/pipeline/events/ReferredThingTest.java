package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A verdict whose thing is a pronoun ("nannte es …", "bezeichnete dies als …") or a comment "dazu" is aimed at the
 * author of the latest decision, law or plan told before (class ReferredThing), also when that thing was last
 * re-mentioned without its author and a row of reactions stands between; a placeholder "es" of a clause, or a pronoun
 * with no authored thing before it, blames nobody. Sentences written for this test; each case: text, the trigger,
 * root, source, target.
 */
class ReferredThingTest {
  private static boolean anyAt(String text, String trigger) {
    return EventTestPipeline.events(text).stream().anyMatch(e -> e.trigger() != null && e.trigger().end() <= text.length()
        && text.substring(e.trigger().begin(), e.trigger().end()).equals(trigger) && e.target() != null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the expletive "es" beside a label of blame, the law told as new with its author
      "Belgrad – Das Parlament Serbiens beschloss am Montag ein neues Mediengesetz. Der kroatische Außenminister nannte es einen schwarzen Tag für die Pressefreiheit.|nannte|11|HRV|SRB",
      "Warschau – Die polnische Regierung legte am Mittwoch einen Plan zur Justizreform vor. Der deutsche Justizminister bezeichnete es als Angriff auf den Rechtsstaat.|bezeichnete|11|DEU|POL",
      // the thing re-mentioned without its author in between, then a row of reactions: the author told first
      "Budapest – Die Regierung Ungarns gab am Sonntag ihre Entscheidung über die Grenzzäune bekannt. Die Entscheidung wurde in Wien aufmerksam verfolgt. "
          + "Der slowakische Außenminister sagte, man sei überrascht. Der rumänische Premier äußerte sich zurückhaltend. Der österreichische Kanzler nannte es einen schwarzen Tag für Europa.|nannte|11|AUT|HUN",
      // a neutral label: a statement on the plan, aimed at its author
      "Rom – Die Regierung Italiens legte am Montag ihren Plan für die Häfen vor. Der französische Innenminister nannte dies eine Frage der Zeit.|nannte|01|FRA|ITA",
      "Budapest – Die Regierung Ungarns gab am Dienstag ihren Plan für die Grenze bekannt. Der österreichische Kanzler bezeichnete es als eine Frage der Zeit.|bezeichnete|01|AUT|HUN"})
  void theVerdictIsAimedAtTheAuthor(String text, String trigger, String root, String source, String target) {
    assertTrue(EventPairs.codedAt(text, trigger, root, source, target), "expected " + source + "->" + target + " " + root + " at " + trigger + " in \""
        + text + "\", got " + EventTestPipeline.events(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the placeholder of a clause: the error is the EU's silence, not Hungary's decision
      "Wien – Die Regierung Ungarns gab am Dienstag ihre Entscheidung bekannt. Der österreichische Außenminister bezeichnete es als Fehler, dass die EU so lange geschwiegen habe.|bezeichnete",
      // a sports result: nobody's decision to blame
      "Wien – Der Tennisverband Österreichs verlor am Sonntag das Finale. Der Trainer nannte es einen schwarzen Tag für den Sport.|nannte",
      "Madrid – Real Madrid verlor am Samstag gegen den FC Barcelona. Der Trainer nannte es eine Schande.|nannte",
      // a comment "dazu" far after the decision, with other matters told between
      "Belgrad – Die Regierung Serbiens gab am Montag ihre Entscheidung bekannt. In Novi Sad regnete es. Die Bauern klagten über Schäden. "
          + "Der Fluss trat über die Ufer. Der kroatische Außenminister sagte dazu, man werde helfen.|sagte"})
  void nearMissesBlameNobody(String text, String trigger) {
    assertTrue(!anyAt(text, trigger), "no event at " + trigger + " expected in \"" + text + "\", got " + EventTestPipeline.events(text));
  }
}
