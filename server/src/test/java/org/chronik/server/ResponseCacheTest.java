package org.chronik.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.chronik.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer cache: same URL, same bytes, no second query; errors, other URLs and a changing store are never served from it. */
class ResponseCacheTest {
  @TempDir Path folder;

  @Test
  void aRepeatedRequestIsAnsweredWithoutRunningTheHandlerAgain() {
    ResponseCache cache = new ResponseCache(1 << 20);
    AtomicInteger calls = new AtomicInteger();
    Javalin app = Javalin.create(config -> config.routes.get("/api/x", cache.wrap(ctx -> {
      calls.incrementAndGet();
      if ("bad".equals(ctx.queryParam("q"))) {
        Json.send(ctx, 400, Json.error(400, "bad parameter q"));
      } else {
        Json.send(ctx, Map.of("q", String.valueOf(ctx.queryParam("q")), "call", calls.get()));
      }
    })));
    JavalinTest.test(app, (server, client) -> {
      String first = client.get("/api/x?q=a").body().string();
      String second = client.get("/api/x?q=a").body().string();
      assertEquals(first, second);
      assertTrue(first.contains("\"call\":1"), first);
      assertEquals(1, calls.get(), "the second answer came from the cache");
      client.get("/api/x?q=b");
      assertEquals(2, calls.get(), "another query string is another answer");
      assertEquals(400, client.get("/api/x?q=bad").code());
      assertEquals(400, client.get("/api/x?q=bad").code());
      assertEquals(4, calls.get(), "error answers are not kept");
      assertEquals(1, cache.hits());
      assertEquals(4, cache.misses());
      assertEquals(2, cache.size(), "q=a and q=b are kept, q=bad is not");
    });
  }

  @Test
  void leastRecentlyUsedAnswersGoFirstWhenTheBudgetIsFull() {
    ResponseCache cache = new ResponseCache(4000);
    cache.put("/a", new byte[900]);
    cache.put("/b", new byte[900]);
    cache.put("/c", new byte[900]);
    assertNotNull(cache.get("/a")); // /a is now the most recently used
    cache.put("/d", new byte[900]);
    cache.put("/e", new byte[900]);
    assertNull(cache.get("/b"), "the least recently used answer was dropped");
    assertNotNull(cache.get("/a"));
    assertNotNull(cache.get("/e"));
    assertTrue(cache.bytes() <= 4000, cache.toString());
    cache.put("/huge", new byte[1500]);
    assertNull(cache.get("/huge"), "an answer over a quarter of the budget is not kept");
    assertArrayEquals(new byte[900], cache.get("/a"));
  }

  @Test
  void aWritableStoreIsNeverCachedAndAReadOnlyOneIsByDefault() throws Exception {
    Path at = folder.resolve("store");
    try (Store writable = TestStores.filled(at)) {
      assertThrows(IllegalArgumentException.class, () -> ChronikServer.create(writable, 1 << 20));
      // a writable store may change under the server, so the default keeps nothing
      JavalinTest.test(ChronikServer.create(writable), (server, client) -> {
        client.get("/api/events?limit=5");
        var again = client.get("/api/events?limit=5");
        assertEquals(200, again.code());
        assertNull(again.headers().get(ResponseCache.HEADER), "no cache in front of a writable store");
      });
    }
    try (Store readOnly = Store.openReadOnly(at)) {
      JavalinTest.test(ChronikServer.create(readOnly), (server, client) -> {
        var first = client.get("/api/events?limit=5");
        assertEquals(List.of("miss"), first.headers().get(ResponseCache.HEADER));
        var second = client.get("/api/events?limit=5");
        assertEquals(List.of("hit"), second.headers().get(ResponseCache.HEADER), "a read-only store is cached by default");
        assertEquals(first.body().string(), second.body().string());
        assertEquals(400, client.get("/api/events?from=2024-13-01").code());
        assertEquals(List.of("miss"), client.get("/api/events?from=2024-13-01").headers().get(ResponseCache.HEADER));
      });
    }
    assertThrows(IllegalArgumentException.class, () -> new ResponseCache(-1));
  }
}
