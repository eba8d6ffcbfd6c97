package org.chronik.schema.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.chronik.schema.EventRow;
import org.chronik.schema.MergedEventRow;
import org.junit.jupiter.api.Test;

/** The README's examples of the merge rule, and that the result does not depend on order. */
class EventMergeTest {
  private final EventMerge merge = new EventMerge(MergeRule.load());

  private static EventMerge.Mention mention(String article, String event, String source, String target, String code, String date,
      String precision, String seen, String outlet) {
    return mention(article, event, source, target, code, date, precision, seen, outlet, false, "ASSERTED", null);
  }

  private static EventMerge.Mention mention(String article, String event, String source, String target, String code, String date,
      String precision, String seen, String outlet, boolean symmetric, String modality, String duplicateOf) {
    boolean flagged = !modality.equals("ASSERTED") || duplicateOf != null;
    EventRow row = new EventRow(article, event, code, code.substring(0, 2), null, 1.0, (byte) 1, null, null,
        EventRow.Party.keyed(source, null), EventRow.Party.keyed(target, null),
        symmetric, date == null ? null : LocalDate.parse(date), date == null ? null : precision, null, null, modality, null, null,
        "rule", 0, 10, "sentence", null, null, null, duplicateOf, flagged, null);
    return new EventMerge.Mention(row, seen == null ? null : LocalDate.parse(seen), outlet);
  }

  private static final String DEU = "country:DEU";
  private static final String FRA = "country:FRA";

  @Test
  void twoOutletsReportingOneMeetingGiveOneEventWithCounts() {
    List<EventMerge.Merged> events = merge.merge(List.of(
        mention("a1", "e1", DEU, FRA, "042", "2024-06-14", "DAY", "2024-06-14", "tagesschau.de"),
        mention("a2", "e3", DEU, FRA, "043", "2024-06-14", "DAY", "2024-06-15", "zeit.de"),
        mention("a2", "e4", DEU, FRA, "040", "2024-06-14", "DAY", "2024-06-15", "zeit.de")));
    assertEquals(1, events.size());
    MergedEventRow e = events.get(0).event();
    assertEquals(List.of(3, 2, 2), List.of(e.numMentions(), e.numSources(), e.numArticles()));
    assertEquals(LocalDate.parse("2024-06-14"), e.firstSeen());
    assertEquals(LocalDate.parse("2024-06-15"), e.lastSeen());
    assertEquals("a1", e.representative().articleId(), "the first report represents it");
    assertTrue(events.get(0).mentions().stream().allMatch(m -> m.globalEventId() == e.globalEventId()));
  }

  @Test
  void differentDaysOrRootCodesOrDirectionsAreDifferentEvents() {
    assertEquals(2, merge.merge(List.of(
        mention("a1", "e1", DEU, FRA, "042", "2024-06-14", "DAY", "2024-06-14", "x.de"),
        mention("a2", "e1", DEU, FRA, "042", "2024-06-15", "DAY", "2024-06-15", "y.de"))).size(), "days differ");
    assertEquals(2, merge.merge(List.of(
        mention("a1", "e1", DEU, FRA, "042", "2024-06-14", "DAY", "2024-06-14", "x.de"),
        mention("a2", "e1", DEU, FRA, "051", "2024-06-14", "DAY", "2024-06-14", "y.de"))).size(), "root codes differ");
    assertEquals(2, merge.merge(List.of(
        mention("a1", "e1", DEU, FRA, "042", "2024-06-14", "DAY", "2024-06-14", "x.de"),
        mention("a2", "e1", FRA, DEU, "042", "2024-06-14", "DAY", "2024-06-14", "y.de"))).size(), "a visit is directed");
  }

  @Test
  void symmetricActsMatchInEitherDirection() {
    List<EventMerge.Merged> events = merge.merge(List.of(
        mention("a1", "e1", "country:CHN", "country:RUS", "040", "2024-05-16", "DAY", "2024-05-16", "x.de", true, "ASSERTED", null),
        mention("a2", "e2", "country:RUS", "country:CHN", "043", "2024-05-16", "DAY", "2024-05-17", "y.de", true, "ASSERTED", null)));
    assertEquals(1, events.size());
    assertEquals("country:CHN", events.get(0).event().representative().source().key());
  }

  @Test
  void aMonthMentionJoinsTheNearestDayEventWithinTheWindowOnly() {
    EventMerge.Mention day = mention("a1", "e1", "country:RUS", "country:UKR", "190", "2024-06-14", "DAY", "2024-06-14", "x.de");
    EventMerge.Mention month = mention("a2", "e1", "country:RUS", "country:UKR", "193", "2024-06-01", "MONTH", "2024-06-16", "y.de");
    List<EventMerge.Merged> joined = merge.merge(List.of(month, day));
    assertEquals(1, joined.size());
    assertEquals("DAY", joined.get(0).event().representative().datePrecision(), "the precise date represents it");
    EventMerge.Mention late = mention("a3", "e1", "country:RUS", "country:UKR", "193", "2024-06-01", "MONTH", "2024-07-20", "y.de");
    assertEquals(2, merge.merge(List.of(day, late)).size(), "a month mention seen five weeks later stands alone");
    EventMerge.Mention otherMonth = mention("a4", "e1", "country:RUS", "country:UKR", "193", "2024-05-01", "MONTH", "2024-06-15", "y.de");
    assertEquals(2, merge.merge(List.of(day, otherMonth)).size(), "May does not agree with June 14");
  }

  @Test
  void undatedAndNotReportableMentionsAreEventsOfTheirOwnAndRepeatsJoinTheirOriginal() {
    List<EventMerge.Merged> events = merge.merge(List.of(
        mention("a1", "e1", DEU, FRA, "042", "2024-06-14", "DAY", "2024-06-14", "x.de"),
        mention("a1", "e2", DEU, FRA, "042", "2024-06-14", "DAY", "2024-06-14", "x.de", false, "ASSERTED", "e1"),
        mention("a2", "e1", DEU, FRA, "042", "2024-06-14", "DAY", "2024-06-14", "y.de", false, "NEGATED", null),
        mention("a3", "e1", DEU, FRA, "042", null, null, "2024-06-14", "z.de"),
        mention("a4", "e1", DEU, FRA, "042", null, null, "2024-06-14", "z.de")));
    assertEquals(List.of(1, 1, 1, 2), events.stream().map(m -> m.event().numMentions()).sorted().toList());
    MergedEventRow withRepeat = events.stream().filter(m -> m.event().numMentions() == 2).findFirst().orElseThrow().event();
    assertEquals(List.of(1, 1), List.of(withRepeat.numSources(), withRepeat.numArticles()));
    assertEquals(false, withRepeat.representative().flagged(), "the original, not its repeat, represents it");
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheMentions() {
    Random random = new Random(7);
    List<EventMerge.Mention> mentions = new ArrayList<>();
    String[] actors = {DEU, FRA, "country:POL"};
    for (int i = 0; i < 300; i++) {
      int day = 1 + random.nextInt(20);
      boolean month = random.nextInt(4) == 0;
      mentions.add(mention("a" + random.nextInt(60), "e" + i, actors[random.nextInt(3)], actors[random.nextInt(3)],
          "0" + (1 + random.nextInt(3)) + "0", String.format("2024-06-%02d", month ? 1 : day), month ? "MONTH" : "DAY",
          String.format("2024-06-%02d", day + random.nextInt(3)), "o" + random.nextInt(5)));
    }
    String first = describe(merge.merge(mentions));
    Collections.shuffle(mentions, random);
    assertEquals(first, describe(merge.merge(mentions)));
  }

  private static String describe(List<EventMerge.Merged> events) {
    return events.stream().map(m -> m.event().globalEventId() + ":" + m.mentions().stream().map(r -> r.articleId() + "/" + r.eventId())
        .sorted().collect(Collectors.joining(","))).sorted().collect(Collectors.joining("\n"));
  }

  @Test
  void aBadRuleFileIsOneLineNamingItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MergeRule.parse("same\tsource_key\tnot_a_column\ncoarse_window_days\t7\n", "mine.tsv"));
    assertTrue(e.getMessage().startsWith("mine.tsv line 1: no column not_a_column in event_mentions that a merge reads"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MergeRule.parse("same\tsource_key\n", "mine.tsv"));
  }
}
