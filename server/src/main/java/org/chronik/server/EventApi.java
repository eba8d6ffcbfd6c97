package org.chronik.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronik.store.EventFilter;
import org.chronik.store.EventOrder;
import org.chronik.store.EventQueries;
import org.chronik.store.Rows;
import org.chronik.store.Store;

/** GET /api/events (the filters of chronik events; JSON pages or CSV) and GET /api/timeline. */
final class EventApi {
  /** Rows one CSV export may hold. */
  static final int MAX_CSV = 10_000;

  private final Store store;

  EventApi(Store store) {
    this.store = store;
  }

  void list(Context ctx) {
    String actor = Params.text(ctx, "actor");
    String with = Params.text(ctx, "with");
    if (with != null && actor == null) {
      throw ApiException.badParameter("with", with, "needs the parameter actor as well");
    }
    String code = Params.cameoCode(ctx, "code");
    Integer quad = ctx.queryParam("quad") == null ? null : Params.integer(ctx, "quad", 0, 1, 4);
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.checkRange(from, to);
    boolean flagged = Params.flag(ctx, "include-flagged");
    boolean undated = Params.flag(ctx, "undated");
    if (undated && (from != null || to != null)) {
      throw ApiException.badParameter("undated", "true", "undated events have no date to compare with from or to");
    }
    String format = Params.text(ctx, "format");
    EventOrder order = order(ctx);
    if ("csv".equals(format)) {
      int limit = Params.integer(ctx, "limit", MAX_CSV, 1, MAX_CSV);
      Rows rows = store.events().list(new EventFilter(actor, with, code, quad, from, to, flagged, undated, limit), order);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8)) {
        rows.print(out, Rows.Format.CSV);
      }
      ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"events.csv\"")
          .result(bytes.toByteArray());
      return;
    }
    if (format != null && !format.equals("json")) {
      throw ApiException.badParameter("format", format, "expected json or csv");
    }
    Params.Page page = Params.page(ctx);
    EventFilter filter = new EventFilter(actor, with, code, quad, from, to, flagged, undated, page.fetch());
    Rows rows = store.events().list(filter, order);
    Map<String, Object> answer = Json.page(page, Json.rows(rows));
    // how many there are in all, so a page never passes for the whole list; and why, when there are none
    answer.put("total", store.events().count(filter));
    if (rows.size() == 0) {
      answer.put("note", EmptyNotes.of(store).events(filter));
    }
    Json.send(ctx, answer);
  }

  /** sort=goldstein (ascending) or sort=-goldstein (descending); newest first without it. */
  private static EventOrder order(Context ctx) {
    String sort = Params.text(ctx, "sort");
    if (sort == null) {
      return EventOrder.NEWEST;
    }
    try {
      return EventOrder.parse(sort);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("sort", sort, "expected date, code, code_name, quad, goldstein, source, target or modality,"
          + " with a leading - for descending");
    }
  }

  void timeline(Context ctx) {
    String dyad = Params.text(ctx, "dyad");
    if (dyad == null) {
      throw new ApiException(400, "missing parameter dyad (two actors, e.g. dyad=CHN,RUS)");
    }
    String[] sides = dyad.split(",", -1);
    if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
      throw ApiException.badParameter("dyad", dyad, "expected two actors separated by a comma, e.g. CHN,RUS");
    }
    String by = Params.text(ctx, "by");
    EventQueries.Period period;
    try {
      period = by == null ? EventQueries.Period.MONTH : EventQueries.Period.valueOf(by.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("by", by, "expected day, week, month or year");
    }
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.checkRange(from, to);
    String a = sides[0].strip();
    String b = sides[1].strip();
    EventQueries.DyadCounts counts = store.events().dyadCounts(a, b, from, to);
    String why = EmptyNotes.of(store).timeline(counts, from, to);
    if (!counts.aKnown() || !counts.bKnown()) {
      throw ApiException.badParameter("dyad", dyad, why);
    }
    Rows rows;
    try {
      rows = why == null ? store.events().timeline(a, b, period, from, to) : null;
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("by", period.name().toLowerCase(Locale.ROOT), e.getMessage());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dyad", List.of(a, b));
    m.put("by", period.name().toLowerCase(Locale.ROOT));
    m.put("rows", rows == null ? List.of() : Json.rows(rows));
    // events the chart cannot place: counted, so its bars and the dyad's total can be told apart
    m.put("undated", counts.undated());
    if (why != null) {
      m.put("note", why);
    }
    Json.send(ctx, m);
  }
}
