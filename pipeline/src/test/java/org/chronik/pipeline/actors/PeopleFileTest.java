package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronik.pipeline.actors.PeopleRows.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Integrity of {@code actors/people.tsv} read from the classpath, with its own tiny parser (this is
 * not the linker): the format documented in README-people.md and a table of facts that must hold.
 * Each problem is reported as one line naming the file line, and all problems are listed at once.
 */
class PeopleFileTest {

    private static final Set<String> ROLES = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT",
            "DEPUTY_HEAD_OF_GOVERNMENT", "FOREIGN_MINISTER", "DEFENCE_MINISTER", "FINANCE_MINISTER",
            "INTERIOR_MINISTER", "ECONOMY_MINISTER", "CENTRAL_BANK_GOVERNOR", "UN_SECRETARY_GENERAL",
            "NATO_SECRETARY_GENERAL", "EU_COMMISSION_PRESIDENT", "EU_COUNCIL_PRESIDENT", "EU_HIGH_REPRESENTATIVE",
            "IAEA_DIRECTOR_GENERAL", "IMF_MANAGING_DIRECTOR", "WORLD_BANK_PRESIDENT", "WTO_DIRECTOR_GENERAL",
            "IGO_LEADER", "IGO_OFFICIAL",
            "SPEAKER_OF_PARLIAMENT", "PARTY_LEADER", "OPPOSITION_LEADER", "MILITARY_CHIEF",
            "ARMED_GROUP_LEADER", "SPOKESPERSON", "OTHER");
    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "OPP", "REB", "BUS",
            "MED", "IGO", "NGO", "CVL");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}|IGO\\.[A-Z_]+");
    private static List<Row> ROWS;
    private static List<String> FORMAT_PROBLEMS;

    @BeforeAll
    static void read() throws IOException {
        PeopleRows file = PeopleRows.read();
        ROWS = file.rows();
        FORMAT_PROBLEMS = file.formatProblems();
    }

    @Test
    void everyLineHasSevenColumns() {
        assertTrue(FORMAT_PROBLEMS.isEmpty(), String.join("\n", FORMAT_PROBLEMS));
    }

    @Test
    void fieldsUseTheDocumentedVocabulary() {
        List<String> problems = new ArrayList<>();
        for (Row r : ROWS) {
            if (r.name().isBlank() || !r.name().equals(r.name().strip())) {
                problems.add("line " + r.line() + ": empty or padded name '" + r.name() + "'");
            }
            for (String alias : r.aliases()) {
                if (alias.isBlank() || !alias.equals(alias.strip()) || alias.equals(r.name())) {
                    problems.add("line " + r.line() + ": empty, padded or redundant alias '" + alias + "'");
                }
            }
            if (!ROLES.contains(r.role())) {
                problems.add("line " + r.line() + ": unknown role " + r.role());
            }
            if (!SECTORS.contains(r.sector())) {
                problems.add("line " + r.line() + ": unknown sector " + r.sector());
            }
            if (!COUNTRY.matcher(r.country()).matches()) {
                problems.add("line " + r.line() + ": bad country key " + r.country());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void datesParseAndFromIsNotAfterTo() {
        List<String> problems = new ArrayList<>();
        for (Row r : ROWS) {
            LocalDate from = PeopleRows.earliest(r.from());
            LocalDate to = r.to().isEmpty() ? LocalDate.MAX : PeopleRows.latest(r.to());
            if (from == null) {
                problems.add("line " + r.line() + ": bad or missing from date '" + r.from() + "'");
            }
            if (to == null) {
                problems.add("line " + r.line() + ": bad to date '" + r.to() + "'");
            }
            if (from != null && to != null && from.isAfter(to)) {
                problems.add("line " + r.line() + ": from " + r.from() + " is after to " + r.to());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noLineIsRepeated() {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Row r : ROWS) {
            if (!seen.add(r.raw())) {
                problems.add("line " + r.line() + ": repeats an earlier line");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noNameOrAliasBelongsToTwoPeople() {
        Map<String, String> owner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Row r : ROWS) {
            List<String> forms = new ArrayList<>(r.aliases());
            forms.add(r.name());
            for (String form : forms) {
                String previous = owner.putIfAbsent(fold(form), r.name());
                if (previous != null && !previous.equals(r.name())) {
                    problems.add("line " + r.line() + ": '" + form + "' names both " + previous + " and " + r.name());
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void coversAtLeastAThousandPeople() {
        Set<String> names = new HashSet<>();
        ROWS.forEach(r -> names.add(r.name()));
        assertTrue(names.size() >= 1000, "only " + names.size() + " distinct people");
    }

    /** name | role | country | date | whether the person held that role on that day. */
    @ParameterizedTest(name = "{0} {1} {2} on {3}: {4}")
    @CsvSource(delimiter = '|', value = {
        "Li Qiang | HEAD_OF_GOVERNMENT | CHN | 2023-06-01 | true",
        "Li Keqiang | HEAD_OF_GOVERNMENT | CHN | 2023-06-01 | false",
        "Liz Truss | HEAD_OF_GOVERNMENT | GBR | 2022-10-05 | true",
        "Rishi Sunak | HEAD_OF_GOVERNMENT | GBR | 2023-06-01 | true",
        "Keir Starmer | HEAD_OF_GOVERNMENT | GBR | 2023-06-01 | false",
        "Sergei Shoigu | DEFENCE_MINISTER | RUS | 2022-06-01 | true",
        "Sergei Shoigu | DEFENCE_MINISTER | RUS | 2025-01-01 | false",
        "Andrei Belousov | DEFENCE_MINISTER | RUS | 2025-01-01 | true",
        "Donald Trump | HEAD_OF_STATE | USA | 2025-11-04 | true",
        "Donald Trump | HEAD_OF_STATE | USA | 2022-06-01 | false",
        "Joe Biden | HEAD_OF_STATE | USA | 2022-06-01 | true",
        "Olaf Scholz | HEAD_OF_GOVERNMENT | DEU | 2023-01-01 | true",
        "Friedrich Merz | HEAD_OF_GOVERNMENT | DEU | 2025-11-04 | true",
        "Friedrich Merz | HEAD_OF_GOVERNMENT | DEU | 2023-01-01 | false",
        "Mikhail Mishustin | HEAD_OF_GOVERNMENT | RUS | 2021-01-01 | true",
        "Vladimir Putin | HEAD_OF_GOVERNMENT | RUS | 2010-01-01 | true",
        "Vladimir Putin | HEAD_OF_STATE | RUS | 2010-01-01 | false",
        "Dmitry Medvedev | HEAD_OF_STATE | RUS | 2010-01-01 | true",
        "Jens Stoltenberg | NATO_SECRETARY_GENERAL | IGO.NATO | 2020-01-01 | true",
        "Mark Rutte | NATO_SECRETARY_GENERAL | IGO.NATO | 2025-01-01 | true",
        "Mark Rutte | NATO_SECRETARY_GENERAL | IGO.NATO | 2024-09-30 | false",
        "António Guterres | UN_SECRETARY_GENERAL | IGO.UN | 2020-01-01 | true",
        "Boutros Boutros-Ghali | UN_SECRETARY_GENERAL | IGO.UN | 1994-06-01 | true",
        "Javier Solana | NATO_SECRETARY_GENERAL | IGO.NATO | 1997-01-01 | true",
        "Javier Solana | EU_HIGH_REPRESENTATIVE | IGO.EU | 2005-01-01 | true",
        "Javier Solana | NATO_SECRETARY_GENERAL | IGO.NATO | 2005-01-01 | false",
        "Jacques Santer | EU_COMMISSION_PRESIDENT | IGO.EU | 1997-01-01 | true",
        "Ursula von der Leyen | EU_COMMISSION_PRESIDENT | IGO.EU | 2026-06-01 | true",
        "Charles Michel | EU_COUNCIL_PRESIDENT | IGO.EU | 2024-11-30 | true",
        "António Costa | EU_COUNCIL_PRESIDENT | IGO.EU | 2024-11-30 | false",
        "Kaja Kallas | EU_HIGH_REPRESENTATIVE | IGO.EU | 2025-03-01 | true",
        "Hans Blix | IAEA_DIRECTOR_GENERAL | IGO.IAEA | 1991-03-01 | true",
        "Rafael Grossi | IAEA_DIRECTOR_GENERAL | IGO.IAEA | 2023-01-01 | true",
        "John Lipsky | IMF_MANAGING_DIRECTOR | IGO.IMF | 2011-06-01 | true",
        "Christine Lagarde | IMF_MANAGING_DIRECTOR | IGO.IMF | 2020-01-01 | false",
        "Kristalina Georgieva | WORLD_BANK_PRESIDENT | IGO.WB | 2019-03-01 | true",
        "Ajay Banga | WORLD_BANK_PRESIDENT | IGO.WB | 2024-01-01 | true",
        "Renato Ruggiero | WTO_DIRECTOR_GENERAL | IGO.WTO | 1997-01-01 | true",
        "Ngozi Okonjo-Iweala | WTO_DIRECTOR_GENERAL | IGO.WTO | 2026-01-01 | true",
        "Charles III | HEAD_OF_STATE | CAN | 2024-01-01 | true",
        "Charles III | HEAD_OF_STATE | AUS | 2021-01-01 | false",
    })
    void spotFactsHold(String name, String role, String country, String date, boolean expected) {
        LocalDate day = LocalDate.parse(date);
        boolean held = ROWS.stream().anyMatch(r -> r.name().equals(name) && r.role().equals(role)
                && r.country().equals(country) && PeopleRows.holdsOn(r, day));
        assertEquals(expected, held, name + " " + role + " " + country + " on " + date);
    }

    /** Case, accents, hyphens and apostrophes folded, as the scorer compares names. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "")
                .replaceAll("[-‐'’`.\\s]+", " ")
                .strip();
    }
}
