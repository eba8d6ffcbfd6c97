package org.chronik.pipeline.actors;

import java.util.List;
import org.chronik.model.PartialDate;

/**
 * One line of people.tsv: a person holding one role for one term.
 *
 * @param to null while the term is ongoing
 * @param wikidata the person's Wikidata id ("Q567"), or null
 */
public record PersonTerm(
    String name, List<String> aliases, String country, String sector, String role, PartialDate from, PartialDate to, String wikidata) {

  public PersonTerm {
    aliases = List.copyOf(aliases);
  }

  public PersonTerm(String name, List<String> aliases, String country, String sector, String role, PartialDate from, PartialDate to) {
    this(name, aliases, country, sector, role, from, to, null);
  }

  /** Days of overlap between this term and the period {@code date} stands for; 0 when none. */
  long overlapDays(PartialDate date) {
    var start = from == null ? date.start() : max(from.start(), date.start());
    var end = to == null ? date.end() : min(to.end(), date.end());
    return end.isBefore(start) ? 0 : end.toEpochDay() - start.toEpochDay() + 1;
  }

  private static java.time.LocalDate max(java.time.LocalDate a, java.time.LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static java.time.LocalDate min(java.time.LocalDate a, java.time.LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
