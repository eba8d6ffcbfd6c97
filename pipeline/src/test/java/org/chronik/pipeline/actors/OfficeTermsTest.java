package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronik.pipeline.actors.PeopleRows.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The offices whose holders people.tsv lists in full: the nine offices of international bodies since
 * 1990 and the G20's heads, foreign and defence ministers. Each has a holder when it should and no two
 * holders at once (beyond the transition month that partial dates leave open).
 */
class OfficeTermsTest {
  /** Office of an international body: its country key and the first day the file covers it from. */
  private record Office(String country, LocalDate from) {}

  private static final Map<String, Office> IGO_OFFICES = Map.of(
      "UN_SECRETARY_GENERAL", new Office("IGO.UN", LocalDate.of(1990, 1, 1)),
      "NATO_SECRETARY_GENERAL", new Office("IGO.NATO", LocalDate.of(1990, 1, 1)),
      "EU_COMMISSION_PRESIDENT", new Office("IGO.EU", LocalDate.of(1990, 1, 1)),
      "EU_COUNCIL_PRESIDENT", new Office("IGO.EU", LocalDate.of(2009, 12, 1)),
      "EU_HIGH_REPRESENTATIVE", new Office("IGO.EU", LocalDate.of(1999, 5, 1)),
      "IAEA_DIRECTOR_GENERAL", new Office("IGO.IAEA", LocalDate.of(1990, 1, 1)),
      "IMF_MANAGING_DIRECTOR", new Office("IGO.IMF", LocalDate.of(1990, 1, 1)),
      "WORLD_BANK_PRESIDENT", new Office("IGO.WB", LocalDate.of(1990, 1, 1)),
      "WTO_DIRECTOR_GENERAL", new Office("IGO.WTO", LocalDate.of(1995, 1, 1)));

  /** Known vacancies, [from, to): no director-general of the WTO was agreed in time; Preston died in office. */
  private record Vacancy(LocalDate from, LocalDate to) {}

  private static final Map<String, List<Vacancy>> VACANCIES = Map.of(
      "WTO_DIRECTOR_GENERAL", List.of(
          new Vacancy(LocalDate.of(1999, 5, 1), LocalDate.of(1999, 9, 1)),
          new Vacancy(LocalDate.of(2020, 9, 1), LocalDate.of(2021, 3, 1))),
      "WORLD_BANK_PRESIDENT", List.of(new Vacancy(LocalDate.of(1995, 5, 4), LocalDate.of(1995, 6, 1))));

  private static final LocalDate CHECKED_UNTIL = LocalDate.of(2026, 11, 1);
  private static final Set<String> G20 = Set.of("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN",
      "ITA", "JPN", "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA");
  private static final Set<String> G20_ROLES = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "FOREIGN_MINISTER", "DEFENCE_MINISTER");
  /** Where the president heads the government too, there is no separate head of government today. */
  private static final Set<String> PRESIDENTIAL = Set.of("ARG", "BRA", "IDN", "MEX", "TUR", "USA", "ZAF");
  /** Acting heads of state while the elected one was suspended by impeachment: both are listed on purpose. */
  private static final Set<Set<String>> SUSPENSIONS = Set.of(
      Set.of("Yoon Suk Yeol", "Han Duck-soo"), Set.of("Yoon Suk Yeol", "Choi Sang-mok"), Set.of("Dilma Rousseff", "Michel Temer"));

  private static List<Row> rows;

  @BeforeAll
  static void read() throws IOException {
    rows = PeopleRows.read().rows();
  }

  @Test
  void officesOfInternationalBodiesHaveAHolderOnEveryFirstOfTheMonth() {
    List<String> problems = new ArrayList<>();
    IGO_OFFICES.forEach((role, office) -> {
      for (LocalDate day = office.from(); !day.isAfter(CHECKED_UNTIL); day = day.plusMonths(1)) {
        List<String> holders = holders(role, office.country(), day);
        if (holders.isEmpty() && !vacant(role, day)) {
          problems.add(role + " has no holder on " + day);
        }
        if (!holders.isEmpty() && vacant(role, day)) {
          problems.add(role + " is listed as vacant on " + day + " but held by " + holders);
        }
      }
    });
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyG20OfficeHasExactlyOneHolderAtTheKnowledgeDate() {
    LocalDate known = LocalDate.of(2025, 11, 1);
    List<String> problems = new ArrayList<>();
    for (String country : G20) {
      for (String role : G20_ROLES) {
        if (role.equals("HEAD_OF_GOVERNMENT") && PRESIDENTIAL.contains(country)) {
          continue;
        }
        List<String> holders = holders(role, country, known);
        if (holders.size() != 1) {
          problems.add(country + " " + role + " on " + known + ": " + holders);
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void termsOfOneCheckedOfficeNeverCertainlyOverlap() {
    List<Row> checked = rows.stream().filter(r -> IGO_OFFICES.containsKey(r.role()) || G20.contains(r.country()) && G20_ROLES.contains(r.role())).toList();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < checked.size(); i++) {
      for (int j = i + 1; j < checked.size(); j++) {
        Row a = checked.get(i);
        Row b = checked.get(j);
        boolean sameOffice = a.role().equals(b.role()) && a.country().equals(b.country()) && !a.name().equals(b.name());
        if (sameOffice && PeopleRows.certainlyOverlap(a, b) && !SUSPENSIONS.contains(Set.of(a.name(), b.name()))) {
          problems.add("lines " + a.line() + " and " + b.line() + ": " + a.name() + " and " + b.name() + " both " + a.role() + " " + a.country());
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void officesOfInternationalBodiesUseTheirOwnKeyAndTheSectorIgo() {
    List<String> problems = rows.stream().filter(r -> IGO_OFFICES.containsKey(r.role()))
        .filter(r -> !r.country().equals(IGO_OFFICES.get(r.role()).country()) || !r.sector().equals("IGO"))
        .map(r -> "line " + r.line() + ": " + r.role() + " with " + r.country() + "/" + r.sector()).toList();
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  private static List<String> holders(String role, String country, LocalDate day) {
    return rows.stream().filter(r -> r.role().equals(role) && r.country().equals(country) && PeopleRows.holdsOn(r, day))
        .map(Row::name).collect(Collectors.toList());
  }

  private static boolean vacant(String role, LocalDate day) {
    return VACANCIES.getOrDefault(role, List.of()).stream().anyMatch(v -> !day.isBefore(v.from()) && day.isBefore(v.to()));
  }
}
