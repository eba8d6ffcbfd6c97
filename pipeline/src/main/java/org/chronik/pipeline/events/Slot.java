package org.chronik.pipeline.events;

import java.util.Locale;

/**
 * Where an argument of a trigger is found in the dependency parse.
 *
 * @param arg the preposition for OBL/NMOD slots ("mit", "gegen") and, if given, for occasion.nsubj ("auf"), else null
 */
public record Slot(Type type, String arg) {
  public enum Type {
    /** the subject; for a passive verb the "von"/"durch" agent */
    NSUBJ,
    /** the accusative object; for a passive verb the passive subject */
    OBJ,
    /** the dative object, or a second object beside the rule's required object */
    IOBJ,
    /** a prepositional dependent of the trigger or of its required object, by preposition */
    PREP,
    /** a genitive (or "von") modifier, or a possessive */
    GEN,
    /** an adjective modifier naming an actor ("russische", "westliche") */
    AMOD,
    /** the first part of a hyphenated compound ("US-Sanktionen") */
    COMPOUND,
    /** the subject of the verb governing a noun trigger */
    HEAD_SUBJECT,
    /** the object of the verb governing a noun trigger */
    HEAD_OBJECT,
    /**
     * the active subject of the clause whose "bei" or "nach" phrase the noun trigger heads, or whose phrase
     * with the slot's own preposition ("occasion.nsubj:auf": "Auf Einladung von X reiste Y …"; OccasionSubject)
     */
    OCCASION_SUBJECT,
    /** the subject of a verb of dying whose occasion phrase the noun trigger heads: the one the act befell (Victims) */
    HEAD_VICTIM,
    /** the rule's required object itself, when it names an actor ("rief den UN-Sicherheitsrat an") */
    ANCHOR,
    /** the active subject of the trigger's content clause ("verlangte, dass Russland seine Truppen abzieht") */
    CLAUSE_SUBJECT,
    /**
     * the active subject of the clause a verb of judgement speaks about, a dass-clause or reported
     * speech ("kritisierte, dass die Regierung Journalisten festhält", "beklagte, die Regierung habe …");
     * never a pronoun
     */
    REPORTED_SUBJECT,
    /**
     * the speaker of the quotation whose words state the judgment a predicate noun with a copula makes
     * ("Aus Ankara hieß es, die Politik Athens sei ein Verstoß gegen den Vertrag"; JudgingSpeaker)
     */
    SPEAKER,
    /**
     * the actor of the same act in the last sentences, for a nominal re-mention ("Der Luftangriff
     * fand am Flughafen statt"); tried only when the other slots give nothing
     */
    CONTEXT,
    /**
     * the owner of the answer whose phrase with the slot's preposition the act noun heads ("answer.owner:auf":
     * "Russlands Reaktion auf die Sanktionen", "Als Antwort auf die Kritik wies China …"): the one the act
     * was aimed at (AnsweredAct)
     */
    ANSWER_OWNER
  }

  /** Parses {@code nsubj}, {@code obj}, {@code iobj}, {@code obl:mit}, {@code gen}, {@code amod}, {@code compound}, {@code head.nsubj}, {@code head.obj}, {@code head.victim}, {@code occasion.nsubj}, {@code anchor}, {@code clause.nsubj}, {@code report.nsubj}, {@code context}, {@code answer.owner:auf}. */
  public static Slot parse(String text) {
    String t = text.trim();
    int colon = t.indexOf(':');
    String name = (colon < 0 ? t : t.substring(0, colon)).toLowerCase(Locale.ROOT);
    String arg = colon < 0 ? null : t.substring(colon + 1).toLowerCase(Locale.ROOT);
    Type type = switch (name) {
      case "nsubj", "subj" -> Type.NSUBJ;
      case "obj" -> Type.OBJ;
      case "iobj" -> Type.IOBJ;
      case "obl", "nmod", "prep" -> Type.PREP;
      case "gen" -> Type.GEN;
      case "amod" -> Type.AMOD;
      case "compound" -> Type.COMPOUND;
      case "head.nsubj" -> Type.HEAD_SUBJECT;
      case "head.obj" -> Type.HEAD_OBJECT;
      case "head.victim" -> Type.HEAD_VICTIM;
      case "occasion.nsubj" -> Type.OCCASION_SUBJECT;
      case "anchor" -> Type.ANCHOR;
      case "clause.nsubj" -> Type.CLAUSE_SUBJECT;
      case "report.nsubj" -> Type.REPORTED_SUBJECT;
      case "speaker" -> Type.SPEAKER;
      case "context" -> Type.CONTEXT;
      case "answer.owner" -> Type.ANSWER_OWNER;
      default -> throw new IllegalArgumentException("unknown slot \"" + text + "\"");
    };
    if (type == Type.PREP && (arg == null || arg.isEmpty())) {
      throw new IllegalArgumentException("slot \"" + text + "\" needs a preposition, e.g. obl:mit");
    }
    return new Slot(type, type == Type.PREP || (type == Type.OCCASION_SUBJECT || type == Type.ANSWER_OWNER) && arg != null && !arg.isEmpty() ? arg : null);
  }

  @Override
  public String toString() {
    return type == Type.PREP ? "obl:" + arg : type.name().toLowerCase(Locale.ROOT) + (arg == null ? "" : ":" + arg);
  }
}
