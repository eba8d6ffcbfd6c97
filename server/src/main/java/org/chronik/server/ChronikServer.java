package org.chronik.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.chronik.store.Store;
import org.chronik.store.StoreException;

/**
 * The REST API and web UI over one store. Thin: every answer comes from a store query; this class
 * only wires routes, security headers and error answers. The UI is static files inside the jar.
 */
public final class ChronikServer {
  /** No inline scripts or styles, nothing from other origins, no framing. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  /** Requests are GETs with short query strings; anything bigger is refused by Jetty before a handler runs. */
  static final long MAX_REQUEST_BYTES = 16 * 1024;

  /** The headers every answer carries, Jetty's own error pages included. */
  static final java.util.Map<String, String> HEADERS = headers();

  private static java.util.Map<String, String> headers() {
    java.util.Map<String, String> h = new java.util.LinkedHashMap<>();
    h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("X-Frame-Options", "DENY");
    h.put("Cache-Control", "no-store");
    return java.util.Collections.unmodifiableMap(h);
  }

  /** Response header on every answer of a store that holds synthetic benchmark events only (the UI shows a banner). */
  static final String SYNTHETIC_HEADER = "X-Chronik-Synthetic";

  /** Request attribute set when a handler already wrote the error answer. */
  private static final String ANSWERED = "chronik.answered";

  private ChronikServer() {}

  /** Bytes of answers a server over a read-only store keeps by default. */
  public static final long DEFAULT_CACHE_BYTES = 64L * 1024 * 1024;

  /**
   * The application, not yet started (tests start it on a free port). Over a read-only store it
   * keeps answers in a {@link ResponseCache} of {@link #DEFAULT_CACHE_BYTES}; over a writable one it keeps none.
   */
  public static Javalin create(Store store) {
    return create(store, store.readOnly() ? DEFAULT_CACHE_BYTES : 0);
  }

  /**
   * The application with a cache of {@code cacheBytes} for API answers (0: none).
   *
   * @throws IllegalArgumentException when asked to cache answers from a store that may change
   */
  public static Javalin create(Store store, long cacheBytes) {
    if (cacheBytes > 0 && !store.readOnly()) {
      throw new IllegalArgumentException("answers can only be cached from a store opened read-only");
    }
    ResponseCache cache = new ResponseCache(cacheBytes);
    ArticleApi articles = new ArticleApi(store);
    EventApi events = new EventApi(store);
    ActorApi actors = new ActorApi(store);
    OpenApi openApi = new OpenApi();
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      // Jetty's own answers (bad request 400, address too long 414, …) in our shape and with our headers
      config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorPages()));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/chronik/server/web";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
      boolean synthetic = store.scope() == org.chronik.store.EventScope.SYNTHETIC;
      config.routes.before(ctx -> {
        securityHeaders(ctx);
        if (synthetic) {
          ctx.header(SYNTHETIC_HEADER, "true");
        }
      });
      config.routes.get("/api/openapi.json", openApi::serve);
      config.routes.get("/api/articles", cache.wrap(articles::search));
      config.routes.get("/api/articles/{id}", cache.wrap(articles::get));
      config.routes.get("/api/events", cache.wrap(events::list));
      config.routes.get("/api/timeline", cache.wrap(events::timeline));
      config.routes.get("/api/actors", cache.wrap(actors::list));
      config.routes.get("/api/actors/{id}", cache.wrap(actors::get));
      config.routes.get("/api/network", cache.wrap(actors::network));
      config.routes.exception(ApiException.class, (e, ctx) -> {
        ctx.attribute(ANSWERED, true);
        Json.send(ctx, e.status(), Json.error(e.status(), e.getMessage()));
      });
      config.routes.exception(StoreException.class, ChronikServer::internalError);
      config.routes.exception(RuntimeException.class, ChronikServer::internalError);
      config.routes.error(404, "*", ctx -> {
        if (ctx.path().startsWith("/api/") && ctx.attribute(ANSWERED) == null) {
          Json.send(ctx, 404, Json.error(404, "no such endpoint: " + Params.clip(ctx.path())));
        } else if (ctx.attribute(ANSWERED) == null) {
          ctx.status(404).contentType(ErrorPages.HTML).result(ErrorPages.html(404));
        }
      });
      for (int status : new int[] {400, 405, 413, 414, 431, 500}) {
        config.routes.error(status, "*", ctx -> {
          if (ctx.attribute(ANSWERED) == null) {
            if (ErrorPages.wantsJson(ctx.path(), ctx.header("Accept"))) {
              Json.send(ctx, status, Json.error(status, ErrorPages.message(status)));
            } else {
              ctx.status(status).contentType(ErrorPages.HTML).result(ErrorPages.html(status));
            }
          }
        });
      }
    });
  }

  private static void securityHeaders(Context ctx) {
    HEADERS.forEach(ctx::header);
  }

  private static void internalError(Exception e, Context ctx) {
    ctx.attribute(ANSWERED, true);
    // the message may hold store paths: log it here, answer without it
    System.err.println("chronik serve: " + ctx.method() + " " + ctx.path() + ": " + e);
    Json.send(ctx, 500, Json.error(500, "internal error while answering " + ctx.path()));
  }

  /** Starts the server and returns it; close it with {@link Javalin#stop()}. */
  public static Javalin start(Store store, String host, int port) {
    return create(store).start(host, port);
  }

  /** Starts the server with a cache of {@code cacheBytes} (0: none); see {@link #create(Store, long)}. */
  public static Javalin start(Store store, String host, int port, long cacheBytes) {
    return create(store, cacheBytes).start(host, port);
  }

  /** The URL a started server is reachable at. */
  public static String url(String host, int port) {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port + "/";
  }

}
