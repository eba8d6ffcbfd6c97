package org.chronik.schema.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chronik.schema.EventIds;
import org.chronik.schema.EventRow;
import org.chronik.schema.MergedEventRow;

/**
 * Merges event mentions into events by a {@link MergeRule} (the rule and what is fixed here are in
 * {@code merge/README.md}). The result depends only on the set of mentions: a store that merges at
 * every ingest and a job that merges everything at once agree, whatever the order.
 */
public final class EventMerge {
  /**
   * A mention with what the merge needs besides its row.
   *
   * @param seen the date of the article that reports it (its own date, else the day it was stored); may be null
   * @param outlet where the article comes from ({@link org.chronik.schema.Outlets})
   */
  public record Mention(EventRow row, LocalDate seen, String outlet) {
    public Mention {
      Objects.requireNonNull(row, "row");
    }
  }

  /** One event and its mentions, each carrying the event's id. */
  public record Merged(MergedEventRow event, List<EventRow> mentions) {}

  private static final Comparator<Mention> ORDER = Comparator.<Mention>comparingInt(m -> rank(m.row()))
      .thenComparing(m -> m.row().eventDate(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Mention::seen, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(m -> m.row().articleId()).thenComparing(m -> m.row().eventId());

  private static final Comparator<Mention> REPRESENTATIVE = Comparator.<Mention>comparingInt(m -> rank(m.row()))
      .thenComparing(Mention::seen, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(m -> m.row().articleId()).thenComparing(m -> m.row().eventId());

  /**
   * The columns of {@code event_mentions} a merge reads; a rule may name any of them. An engine
   * loads these (with each mention's seen date and outlet) and builds rows with {@link #row}.
   */
  public static final List<String> COLUMNS = List.of("article_id", "event_id", "code", "root_code", "source_key", "source_country",
      "target_key", "target_country", "is_symmetric", "event_date", "date_precision", "place", "modality", "duplicate_of",
      "flagged");

  /** A row holding only {@link #COLUMNS} (by name), as the merge needs it. */
  public static EventRow row(java.util.function.Function<String, Object> value) {
    return new EventRow((String) value.apply("article_id"), (String) value.apply("event_id"), (String) value.apply("code"),
        (String) value.apply("root_code"), null, null, null, null, null,
        EventRow.Party.keyed((String) value.apply("source_key"), (String) value.apply("source_country")),
        EventRow.Party.keyed((String) value.apply("target_key"), (String) value.apply("target_country")),
        (Boolean) value.apply("is_symmetric"), (LocalDate) value.apply("event_date"), (String) value.apply("date_precision"), null,
        (String) value.apply("place"), (String) value.apply("modality"), null, null, null, null, null, null, null, null, null,
        (String) value.apply("duplicate_of"), (Boolean) value.apply("flagged"), null);
  }

  private final MergeRule rule;

  public EventMerge(MergeRule rule) {
    this.rule = rule;
  }

  /** The group a dated, reportable mention is merged within: the rule's key and the year. */
  public List<Object> group(EventRow row) {
    List<Object> key = new ArrayList<>(rule.key(row));
    key.add(row.eventDate() == null ? null : row.eventDate().getYear());
    return key;
  }

  /** Whether a mention is merged with others by the rule (dated, reportable, no repeat); else it is an event of its own or of its original. */
  public static boolean mergeable(EventRow row) {
    return row.eventDate() != null && !Boolean.TRUE.equals(row.flagged());
  }

  /** Events of the mentions: the rule's groups merged, the others events of their own or of their original. */
  public List<Merged> merge(List<Mention> mentions) {
    Map<List<Object>, List<Mention>> groups = new LinkedHashMap<>();
    List<List<Mention>> clusters = new ArrayList<>();
    List<Mention> repeats = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.row().duplicateOf() != null) {
        repeats.add(m);
      } else if (mergeable(m.row())) {
        groups.computeIfAbsent(group(m.row()), k -> new ArrayList<>()).add(m);
      } else {
        clusters.add(new ArrayList<>(List.of(m)));
      }
    }
    for (List<Mention> group : groups.values()) {
      clusters.addAll(cluster(group));
    }
    Map<String, List<Mention>> byMention = new HashMap<>();
    for (List<Mention> c : clusters) {
      for (Mention m : c) {
        byMention.put(m.row().articleId() + "\u0000" + m.row().eventId(), c);
      }
    }
    for (Mention r : repeats) {
      List<Mention> original = byMention.get(r.row().articleId() + "\u0000" + r.row().duplicateOf());
      if (original != null) {
        original.add(r);
      } else {
        clusters.add(new ArrayList<>(List.of(r)));
      }
    }
    List<Merged> out = new ArrayList<>(clusters.size());
    for (List<Mention> c : clusters) {
      out.add(event(c));
    }
    return out;
  }

  private List<List<Mention>> cluster(List<Mention> group) {
    List<Mention> sorted = new ArrayList<>(group);
    sorted.sort(ORDER);
    List<List<Mention>> clusters = new ArrayList<>();
    Map<LocalDate, List<Mention>> days = new HashMap<>();
    for (Mention m : sorted) {
      if (rank(m.row()) == 0) {
        List<Mention> day = days.get(m.row().eventDate());
        if (day == null) {
          day = new ArrayList<>();
          days.put(m.row().eventDate(), day);
          clusters.add(day);
        }
        day.add(m);
        continue;
      }
      List<Mention> best = null;
      long bestDistance = Long.MAX_VALUE;
      for (List<Mention> c : clusters) {
        Mention first = c.get(0);
        long distance = distance(m.seen(), firstSeen(c));
        if (rank(first.row()) <= rank(m.row()) && agree(first.row().eventDate(), m.row()) && distance <= rule.coarseWindowDays()
            && distance < bestDistance) {
          best = c;
          bestDistance = distance;
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        clusters.add(best);
      }
      best.add(m);
    }
    return clusters;
  }

  /** Whether a day (or the first day of a coarser date) lies within the mention's month or year. */
  private static boolean agree(LocalDate date, EventRow coarse) {
    LocalDate d = coarse.eventDate();
    return date.getYear() == d.getYear() && (rank(coarse) == 2 || date.getMonthValue() == d.getMonthValue());
  }

  private static LocalDate firstSeen(List<Mention> c) {
    return c.stream().map(Mention::seen).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
  }

  private static long distance(LocalDate a, LocalDate b) {
    return a == null || b == null ? Long.MAX_VALUE : Math.abs(ChronoUnit.DAYS.between(a, b));
  }

  /** 0 for a day, 1 for a month, 2 for a year or no precision. */
  private static int rank(EventRow r) {
    String p = r.datePrecision();
    return "DAY".equals(p) ? 0 : "MONTH".equals(p) ? 1 : 2;
  }

  private static Merged event(List<Mention> c) {
    Mention rep = c.stream().min(REPRESENTATIVE).orElseThrow();
    long id = EventIds.global(rep.row().articleId(), rep.row().eventId());
    Set<String> articles = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    LocalDate first = null;
    LocalDate last = null;
    List<EventRow> rows = new ArrayList<>(c.size());
    for (Mention m : c) {
      articles.add(m.row().articleId());
      if (m.outlet() != null) {
        outlets.add(m.outlet());
      }
      if (m.seen() != null) {
        first = first == null || m.seen().isBefore(first) ? m.seen() : first;
        last = last == null || m.seen().isAfter(last) ? m.seen() : last;
      }
      rows.add(m.row().withGlobalEventId(id));
    }
    MergedEventRow event = new MergedEventRow(id, c.size(), outlets.size(), articles.size(), first, last,
        rep.row().withGlobalEventId(null));
    return new Merged(event, rows);
  }
}
