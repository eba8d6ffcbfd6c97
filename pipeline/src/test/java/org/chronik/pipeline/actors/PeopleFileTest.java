package org.chronik.pipeline.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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

    private static final String RESOURCE = "/actors/people.tsv";
    private static final Set<String> ROLES = Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT",
            "DEPUTY_HEAD_OF_GOVERNMENT", "FOREIGN_MINISTER", "DEFENCE_MINISTER", "FINANCE_MINISTER",
            "INTERIOR_MINISTER", "ECONOMY_MINISTER", "CENTRAL_BANK_GOVERNOR", "IGO_LEADER", "IGO_OFFICIAL",
            "SPEAKER_OF_PARLIAMENT", "PARTY_LEADER", "OPPOSITION_LEADER", "MILITARY_CHIEF",
            "ARMED_GROUP_LEADER", "SPOKESPERSON", "OTHER",
            // the offices of international bodies (roles.tsv, igo-offices.tsv)
            "UN_SECRETARY_GENERAL", "NATO_SECRETARY_GENERAL", "EU_COMMISSION_PRESIDENT", "EU_COUNCIL_PRESIDENT",
            "EU_HIGH_REPRESENTATIVE", "IAEA_DIRECTOR_GENERAL", "IMF_MANAGING_DIRECTOR", "WORLD_BANK_PRESIDENT",
            "WTO_DIRECTOR_GENERAL");
    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "OPP", "REB", "BUS",
            "MED", "IGO", "NGO", "CVL");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}|IGO\\.[A-Z_]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** One office held: a data line of the file. */
    record Row(int line, String raw, String name, List<String> aliases, String country, String sector,
            String role, String from, String to) {}

    private static final List<Row> ROWS = new ArrayList<>();
    private static final List<String> FORMAT_PROBLEMS = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        InputStream in = PeopleFileTest.class.getResourceAsStream(RESOURCE);
        assertNotNull(in, RESOURCE + " is not on the classpath");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] f = text.split("\t", -1);
                if (f.length != 7) {
                    FORMAT_PROBLEMS.add("line " + number + ": " + f.length + " columns instead of 7");
                    continue;
                }
                List<String> aliases = f[1].isEmpty() ? List.of() : List.of(f[1].split("\\|", -1));
                ROWS.add(new Row(number, text, f[0], aliases, f[2], f[3], f[4], f[5], f[6]));
            }
        }
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
            LocalDate from = earliest(r.from());
            LocalDate to = r.to().isEmpty() ? LocalDate.MAX : latest(r.to());
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
        "Jens Stoltenberg | IGO_LEADER | IGO.NATO | 2020-01-01 | true",
        "Mark Rutte | IGO_LEADER | IGO.NATO | 2025-01-01 | true",
        "António Guterres | IGO_LEADER | IGO.UN | 2020-01-01 | true",
    })
    void spotFactsHold(String name, String role, String country, String date, boolean expected) {
        LocalDate day = LocalDate.parse(date);
        boolean held = ROWS.stream().anyMatch(r -> r.name().equals(name) && r.role().equals(role)
                && r.country().equals(country) && holdsOn(r, day));
        assertEquals(expected, held, name + " " + role + " " + country + " on " + date);
    }

    /** Offices are half-open: held from {@code from} up to, not including, {@code to}. */
    private static boolean holdsOn(Row r, LocalDate day) {
        LocalDate from = earliest(r.from());
        LocalDate end = r.to().isEmpty() ? LocalDate.MAX : endExclusive(r.to());
        return from != null && end != null && !day.isBefore(from) && day.isBefore(end);
    }

    private static LocalDate earliest(String date) {
        if (!DATE.matcher(date).matches()) {
            return null;
        }
        try {
            return switch (date.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
                case 7 -> YearMonth.parse(date).atDay(1);
                default -> LocalDate.parse(date);
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate latest(String date) {
        LocalDate first = earliest(date);
        if (first == null) {
            return null;
        }
        return switch (date.length()) {
            case 4 -> first.withDayOfYear(first.lengthOfYear());
            case 7 -> YearMonth.from(first).atEndOfMonth();
            default -> first;
        };
    }

    /** A day-precision end is the first day out of office; a partial end covers its whole month or year. */
    private static LocalDate endExclusive(String date) {
        LocalDate last = latest(date);
        if (last == null) {
            return null;
        }
        return date.length() == 10 ? last : last.plusDays(1);
    }

    /** Case, accents, hyphens and apostrophes folded, as the scorer compares names. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "")
                .replaceAll("[-‐'’`.\\s]+", " ")
                .strip();
    }
}
