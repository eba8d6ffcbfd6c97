package org.chronik.pipeline.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.PartialDate;
import org.chronik.model.io.Tsv;

/**
 * party-terms.tsv: a party's sector by date, GOV while it is in the national government and OPP
 * otherwise, so that "die Grünen" of 2005 are a governing party and those of 2010 are not. A party
 * without terms, or a date no term covers, keeps the sector of organizations.tsv.
 */
final class PartyTerms {
  private record Term(String sector, LocalDate from, LocalDate to) {
    boolean covers(LocalDate day) {
      return !day.isBefore(from) && (to == null || day.isBefore(to));
    }
  }

  private final Map<String, List<Term>> terms = new HashMap<>();

  private PartyTerms() {}

  static PartyTerms load() {
    PartyTerms loaded = new PartyTerms();
    for (Tsv.Row row : Tsv.resource(ActorFiles.FOLDER + "party-terms.tsv")) {
      if (row.field(0).equals("organization")) {
        continue;
      }
      LocalDate to = row.field(3).isBlank() ? null : PartialDate.parse(row.field(3)).start();
      loaded.terms.computeIfAbsent(row.field(0), k -> new ArrayList<>()).add(new Term(row.field(1), PartialDate.parse(row.field(2)).start(), to));
    }
    return loaded;
  }

  /** The organisations that have terms. */
  java.util.Set<String> parties() {
    return terms.keySet();
  }

  /** The sector of {@code org} on {@code date}: its term's where one covers the date's first day, else its own. */
  String sector(OrganizationEntry org, PartialDate date) {
    if (date == null) {
      return org.sector();
    }
    for (Term t : terms.getOrDefault(org.name(), List.of())) {
      if (t.covers(date.start())) {
        return t.sector();
      }
    }
    return org.sector();
  }
}
