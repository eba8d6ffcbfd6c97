package org.chronik.schema;

import static org.chronik.schema.ColumnType.BIGINT;
import static org.chronik.schema.ColumnType.BOOLEAN;
import static org.chronik.schema.ColumnType.DATE;
import static org.chronik.schema.ColumnType.DOUBLE;
import static org.chronik.schema.ColumnType.INTEGER;
import static org.chronik.schema.ColumnType.TINYINT;
import static org.chronik.schema.ColumnType.VARCHAR;

import java.time.LocalDate;
import org.chronik.model.ActorRef;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Event;
import org.chronik.model.EventCode;

/**
 * A row of {@code event_mentions}: one event as one article reports it — who did what to whom
 * (CAMEO code, source and target with country, sector and role), when and where, the modality, who
 * reported it, the rule and the sentence. Mentions of the same happening in several articles
 * become one row of {@code events} ({@link MergedEventRow}, by {@link org.chronik.schema.merge.EventMerge});
 * {@code globalEventId} names it, null until the merge has run.
 */
public record EventRow(String articleId, String eventId, String code, String rootCode, String codeName, Double goldstein,
    Byte quad, String ploverType, String ploverMode, Party source, Party target, Boolean symmetric, LocalDate eventDate,
    String datePrecision, String dateSource, String place, String modality, String attributionKey,
    String attributionName, String rule, Integer evidenceBegin, Integer evidenceEnd, String evidenceText,
    Integer triggerBegin, Integer triggerEnd, String triggerText, String duplicateOf, Boolean flagged, Long globalEventId) {

  /**
   * The seven columns of the source or the target, plus its Wikidata id and where it was read
   * ({@link ArgumentSource}: its own sentence, a pronoun, the discourse …), both stored at the table's end.
   */
  public record Party(String key, String name, String type, String country, String sector, String role, String wikidata,
      String from) {
    static final Party NONE = new Party(null, null, null, null, null, null, null, null);

    /** A party known only by key and country, as a merge reads it. */
    public static Party keyed(String key, String country) {
      return new Party(key, null, null, country, null, null, null, null);
    }

    static Party of(ActorRef r, ArgumentSource from) {
      return r == null ? NONE
          : new Party(r.id(), r.name(), Values.type(r), r.country(), r.sector(), r.role(), r.wikidata(),
              from == null ? null : from.name());
    }
  }

  public static final Table<EventRow> TABLE = Table.of("event_mentions", EventRow.class,
      Column.required("article_id", VARCHAR, EventRow::articleId),
      Column.required("event_id", VARCHAR, EventRow::eventId),
      Column.required("code", VARCHAR, EventRow::code),
      Column.required("root_code", VARCHAR, EventRow::rootCode),
      Column.of("code_name", VARCHAR, EventRow::codeName),
      Column.of("goldstein", DOUBLE, EventRow::goldstein),
      Column.of("quad", TINYINT, EventRow::quad),
      Column.of("plover_type", VARCHAR, EventRow::ploverType),
      Column.of("plover_mode", VARCHAR, EventRow::ploverMode),
      Column.of("source_key", VARCHAR, e -> e.source().key()),
      Column.of("source_name", VARCHAR, e -> e.source().name()),
      Column.of("source_type", VARCHAR, e -> e.source().type()),
      Column.of("source_country", VARCHAR, e -> e.source().country()),
      Column.of("source_sector", VARCHAR, e -> e.source().sector()),
      Column.of("source_role", VARCHAR, e -> e.source().role()),
      Column.of("target_key", VARCHAR, e -> e.target().key()),
      Column.of("target_name", VARCHAR, e -> e.target().name()),
      Column.of("target_type", VARCHAR, e -> e.target().type()),
      Column.of("target_country", VARCHAR, e -> e.target().country()),
      Column.of("target_sector", VARCHAR, e -> e.target().sector()),
      Column.of("target_role", VARCHAR, e -> e.target().role()),
      Column.required("is_symmetric", BOOLEAN, EventRow::symmetric),
      Column.of("event_date", DATE, EventRow::eventDate),
      Column.of("date_precision", VARCHAR, EventRow::datePrecision),
      Column.of("date_source", VARCHAR, EventRow::dateSource),
      Column.of("place", VARCHAR, EventRow::place),
      Column.of("modality", VARCHAR, EventRow::modality),
      Column.of("attribution_key", VARCHAR, EventRow::attributionKey),
      Column.of("attribution_name", VARCHAR, EventRow::attributionName),
      Column.of("rule", VARCHAR, EventRow::rule),
      Column.of("evidence_begin", INTEGER, EventRow::evidenceBegin),
      Column.of("evidence_end", INTEGER, EventRow::evidenceEnd),
      Column.of("evidence_text", VARCHAR, EventRow::evidenceText),
      Column.of("trigger_begin", INTEGER, EventRow::triggerBegin),
      Column.of("trigger_end", INTEGER, EventRow::triggerEnd),
      Column.of("trigger_text", VARCHAR, EventRow::triggerText),
      Column.of("duplicate_of", VARCHAR, EventRow::duplicateOf),
      // not reportable (negated, hypothetical, denied) or a repeated mention of an earlier event
      Column.required("flagged", BOOLEAN, EventRow::flagged),
      Column.of("source_wikidata", VARCHAR, e -> e.source().wikidata()),
      Column.of("target_wikidata", VARCHAR, e -> e.target().wikidata()),
      // a benchmark's generated event (chronik bench-server), never one read from an article: answers keep them apart
      Column.of("synthetic", BOOLEAN, e -> Boolean.FALSE),
      // the event of events this mention belongs to (V006); null until the merge has run
      Column.of("global_event_id", BIGINT, EventRow::globalEventId),
      // where the source and the target were read: SENTENCE, PRONOUN, DESCRIPTION, ANTECEDENT, IMPLICIT (V008), WORD_ORDER
      Column.of("source_from", VARCHAR, e -> e.source().from()),
      Column.of("target_from", VARCHAR, e -> e.target().from()));

  public EventRow {
    source = source == null ? Party.NONE : source;
    target = target == null ? Party.NONE : target;
  }

  /** Not reportable (negated, hypothetical, denied) or a repeated mention: stored, left out of answers unless asked. */
  public static boolean flagged(Event e) {
    return (e.modality() != null && !e.modality().reportable()) || e.duplicateOf() != null;
  }

  static EventRow of(String articleId, String body, Event e) {
    EventCode code = e.code();
    return new EventRow(articleId, e.id(), code.code(), code.root(), code.name(), code.goldstein(), (byte) code.quad(),
        code.ploverType(), code.ploverMode(), Party.of(e.source(), e.sourceFrom()), Party.of(e.target(), e.targetFrom()), e.symmetric(),
        Values.date(e.date()), Values.precision(e.date()), e.dateSource() == null ? null : e.dateSource().name(),
        e.place(), e.modality() == null ? null : e.modality().name(), Values.key(e.attribution()),
        Values.name(e.attribution()), e.rule(), Values.begin(e.evidence()), Values.end(e.evidence()),
        Values.text(body, e.evidence()), Values.begin(e.trigger()), Values.end(e.trigger()), Values.text(body, e.trigger()),
        e.duplicateOf(), flagged(e), null);
  }

  /** The same mention as a mention of the event {@code id}. */
  public EventRow withGlobalEventId(Long id) {
    return new EventRow(articleId, eventId, code, rootCode, codeName, goldstein, quad, ploverType, ploverMode, source, target,
        symmetric, eventDate, datePrecision, dateSource, place, modality, attributionKey, attributionName, rule, evidenceBegin,
        evidenceEnd, evidenceText, triggerBegin, triggerEnd, triggerText, duplicateOf, flagged, id);
  }
}
