package org.chronik.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronik.store.ExploreQueries;
import org.chronik.store.Store;

/** GET /api/actors, GET /api/actors/{id} and GET /api/network. */
final class ActorApi {
  private static final int TOP_PARTNERS = 15;
  /** Edges a network answer may hold, strongest first. */
  static final int MAX_EDGES = 300;

  private final Store store;

  ActorApi(Store store) {
    this.store = store;
  }

  void list(Context ctx) {
    String country = Params.text(ctx, "country");
    Params.Page page = Params.page(ctx);
    Json.send(ctx, Json.page(page, Json.rows(store.events().topActors(page.fetch(), country))));
  }

  void get(Context ctx) {
    String id = ctx.pathParam("id");
    ExploreQueries.ActorProfile p = new ExploreQueries(store).actor(id, TOP_PARTNERS)
        .orElseThrow(() -> ApiException.notFound("actor " + Params.clip(id)));
    Map<String, Object> m = new LinkedHashMap<>(p.identity().row(0));
    m.put("roles", Json.rows(p.roles()));
    m.put("counts", p.counts().row(0));
    m.put("months", Json.rows(p.months()));
    m.put("partners", Json.rows(p.partners()));
    Json.send(ctx, m);
  }

  void network(Context ctx) {
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    Params.checkRange(from, to);
    int min = Params.integer(ctx, "min", 1, 1, 1_000_000);
    int limit = Params.integer(ctx, "limit", MAX_EDGES, 1, MAX_EDGES);
    List<Map<String, Object>> edges = Json.rows(new ExploreQueries(store).network(from, to, min, limit));
    // nodes are the actors the kept edges touch, with the events on those edges
    Map<Object, Map<String, Object>> nodes = new LinkedHashMap<>();
    for (Map<String, Object> e : edges) {
      node(nodes, e.get("source_key"), e.get("source_name"), e.get("events"));
      node(nodes, e.get("target_key"), e.get("target_name"), e.get("events"));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nodes", new ArrayList<>(nodes.values()));
    m.put("edges", edges);
    if (edges.isEmpty()) {
      // the page's "at least" filter is the usual reason: say how strong the strongest pair is
      long strongest = new ExploreQueries(store).strongestEdge(from, to);
      m.put("strongest", strongest);
      m.put("note", EmptyNotes.of(store).network(from, to, min, strongest));
    }
    Json.send(ctx, m);
  }

  private static void node(Map<Object, Map<String, Object>> nodes, Object key, Object name, Object events) {
    Map<String, Object> n = nodes.computeIfAbsent(key, k -> {
      Map<String, Object> fresh = new LinkedHashMap<>();
      fresh.put("id", k);
      fresh.put("name", name);
      fresh.put("events", 0L);
      return fresh;
    });
    n.put("events", (Long) n.get("events") + ((Number) events).longValue());
  }
}
