package org.chronik.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronik.store.ArticleQueries.ArticleView;
import org.chronik.store.ExploreQueries;
import org.chronik.store.Rows;
import org.chronik.store.SearchHit;
import org.chronik.store.SearchRequest;
import org.chronik.store.Store;

/** GET /api/articles (full-text search, or the newest articles without q) and GET /api/articles/{id}. */
final class ArticleApi {
  private final Store store;

  ArticleApi(Store store) {
    this.store = store;
  }

  void search(Context ctx) {
    String q = Params.text(ctx, "q");
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.checkRange(from, to);
    String actor = Params.text(ctx, "actor");
    boolean advanced = Params.flag(ctx, "advanced");
    Params.Page page = Params.page(ctx);
    if (q == null) {
      if (from != null || to != null || actor != null) {
        throw ApiException.badParameter("q", "", "a search text is needed with from, to or actor");
      }
      Json.send(ctx, Json.page(page, Json.rows(store.articles().recent(page.fetch()))));
      return;
    }
    List<SearchHit> hits;
    SearchRequest request = new SearchRequest(q, from, to, actor, page.fetch(), advanced);
    int total;
    try {
      hits = store.search().search(request);
      total = hits.size() < page.fetch() ? hits.size() : store.search().count(request);
    } catch (IllegalArgumentException e) {
      // the message is in the user's terms (plain words cannot fail to parse; advanced syntax says what to check)
      throw new ApiException(400, e.getMessage());
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (SearchHit h : hits) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", h.articleId());
      m.put("rank", h.rank());
      m.put("score", h.score());
      m.put("date", h.date());
      m.put("source", h.source());
      m.put("title", h.title());
      m.put("snippet", Snippets.parts(h.snippet()));
      items.add(m);
    }
    Map<String, Object> answer = Json.page(page, items);
    answer.put("total", total);
    Json.send(ctx, answer);
  }

  void get(Context ctx) {
    String id = ctx.pathParam("id");
    ArticleView view = store.articles().get(id).orElseThrow(() -> ApiException.notFound("article " + Params.clip(id)));
    ExploreQueries.ArticleSpans spans = new ExploreQueries(store).spans(id);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article", view.article());
    m.put("events", withTriggers(view.events(), spans.events()));
    m.put("actors", Json.rows(view.actors()));
    m.put("mentions", Json.rows(spans.mentions()));
    m.put("quotes", Json.rows(view.quotes()));
    m.put("timeExpressions", Json.rows(view.timeExpressions()));
    Json.send(ctx, m);
  }

  /** The article's events with the trigger's offsets added (the article view has only its text). */
  private static List<Map<String, Object>> withTriggers(Rows events, Rows spans) {
    Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
    for (Map<String, Object> s : Json.rows(spans)) {
      byId.put(s.get("event_id"), s);
    }
    List<Map<String, Object>> out = Json.rows(events);
    for (Map<String, Object> e : out) {
      Map<String, Object> s = byId.get(e.get("event_id"));
      e.put("trigger_begin", s == null ? null : s.get("trigger_begin"));
      e.put("trigger_end", s == null ? null : s.get("trigger_end"));
    }
    return out;
  }
}
