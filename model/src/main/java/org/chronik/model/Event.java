package org.chronik.model;

import java.util.List;

/**
 * One event mention: who did what to whom, when and where, and why Chronik thinks so.
 *
 * @param evidence span of the sentence the event was read from
 * @param trigger span of the word that triggered the rule
 * @param symmetric true for mutual events (meetings, calls, agreements)
 * @param date when it happened, or null
 * @param place where it happened (a location name), or null
 * @param attribution who reported it (a news agency, a ministry), or null
 * @param rule id of the lexicon pattern that fired
 * @param matched spans of the tokens the rule matched
 * @param duplicateOf id of the first mention of the same event in the article, or null
 * @param sourceFrom where the source actor was read (its sentence, a pronoun, the discourse …), or null when not recorded
 * @param targetFrom where the target actor was read, or null when not recorded
 */
public record Event(
    String id,
    Span evidence,
    Span trigger,
    ActorRef source,
    ActorRef target,
    boolean symmetric,
    EventCode code,
    PartialDate date,
    DateSource dateSource,
    String place,
    Modality modality,
    ActorRef attribution,
    String rule,
    List<Span> matched,
    String duplicateOf,
    ArgumentSource sourceFrom,
    ArgumentSource targetFrom) {

  public Event {
    matched = matched == null ? List.of() : List.copyOf(matched);
  }

  /** An event whose actors' provenance is not recorded (imports, fixtures). */
  public Event(String id, Span evidence, Span trigger, ActorRef source, ActorRef target, boolean symmetric, EventCode code,
      PartialDate date, DateSource dateSource, String place, Modality modality, ActorRef attribution, String rule,
      List<Span> matched, String duplicateOf) {
    this(id, evidence, trigger, source, target, symmetric, code, date, dateSource, place, modality, attribution, rule, matched,
        duplicateOf, null, null);
  }

  /** This event marked as a later mention of the event {@code first}. */
  public Event asDuplicateOf(String first) {
    return new Event(id, evidence, trigger, source, target, symmetric, code, date, dateSource, place, modality, attribution, rule,
        matched, first, sourceFrom, targetFrom);
  }

  public boolean reportable() {
    return modality.reportable();
  }
}
