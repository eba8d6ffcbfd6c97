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
    String duplicateOf) {

  public Event {
    matched = matched == null ? List.of() : List.copyOf(matched);
  }

  public boolean reportable() {
    return modality.reportable();
  }
}
