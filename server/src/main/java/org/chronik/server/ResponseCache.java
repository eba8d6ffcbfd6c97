package org.chronik.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers successful JSON answers of a server whose store cannot change while it runs (a store
 * opened read-only holds a shared lock, so no ingest can write to it): the same URL gives the same
 * bytes, so a repeated request is answered without a query. Least recently used answers are
 * dropped once the cached bodies exceed the byte budget; errors and CSV downloads are never kept.
 */
final class ResponseCache {
  /** Response header saying whether the answer came from the cache ("hit") or from a query ("miss"). */
  static final String HEADER = "X-Chronik-Cache";

  /** Request attribute where {@link Json#send} leaves the body it wrote, for the cache to keep. */
  static final String BODY = "chronik.body";

  private final long budget;
  private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;
  private long hits;
  private long misses;

  /** @param budget most bytes of bodies kept; 0 keeps nothing */
  ResponseCache(long budget) {
    if (budget < 0) {
      throw new IllegalArgumentException("negative cache budget: " + budget);
    }
    this.budget = budget;
  }

  /** The handler answering from the cache when it can, else through {@code handler}, keeping what it wrote. */
  Handler wrap(Handler handler) {
    if (budget == 0) {
      return handler;
    }
    return ctx -> {
      String key = key(ctx);
      byte[] body = get(key);
      if (body != null) {
        ctx.status(200).contentType(Json.CONTENT_TYPE).header(HEADER, "hit").result(body);
        return;
      }
      ctx.header(HEADER, "miss");
      handler.handle(ctx);
      if (ctx.statusCode() == 200 && ctx.attribute(BODY) instanceof byte[] written) {
        put(key, written);
      }
    };
  }

  private static String key(Context ctx) {
    String query = ctx.queryString();
    return query == null ? ctx.path() : ctx.path() + "?" + query;
  }

  synchronized byte[] get(String key) {
    byte[] body = entries.get(key);
    if (body == null) {
      misses++;
    } else {
      hits++;
    }
    return body;
  }

  synchronized void put(String key, byte[] body) {
    long size = body.length + 2L * key.length();
    if (size > budget / 4) {
      return; // one huge answer must not push out everything else
    }
    byte[] old = entries.put(key, body);
    bytes += size - (old == null ? 0 : old.length + 2L * key.length());
    for (Iterator<Map.Entry<String, byte[]>> it = entries.entrySet().iterator(); bytes > budget && it.hasNext(); ) {
      Map.Entry<String, byte[]> eldest = it.next();
      bytes -= eldest.getValue().length + 2L * eldest.getKey().length();
      it.remove();
    }
  }

  synchronized long hits() {
    return hits;
  }

  synchronized long misses() {
    return misses;
  }

  synchronized long bytes() {
    return bytes;
  }

  synchronized int size() {
    return entries.size();
  }

  @Override
  public synchronized String toString() {
    return String.format(java.util.Locale.ROOT, "%d answers cached (%d bytes), %d hits, %d misses",
        entries.size(), bytes, hits, misses);
  }
}
