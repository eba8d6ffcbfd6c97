package org.chronik.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A web site on 127.0.0.1 for the watcher's tests: paths answer with fixed bodies, an ETag per
 * body (304 when the client sends it back), chosen status codes or delays; every request is logged
 * with its User-Agent and validator.
 */
final class FixtureServer implements AutoCloseable {
  /** One logged request. */
  record Request(String path, String userAgent, String ifNoneMatch) {}

  private record Answer(int status, String contentType, byte[] body, long delayMillis) {}

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();

  FixtureServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fixture-server");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void page(String path, String html) {
    answers.put(path, new Answer(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), 0));
  }

  void feed(String path, String xml) {
    answers.put(path, new Answer(200, "application/rss+xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8), 0));
  }

  void text(String path, String text) {
    answers.put(path, new Answer(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), 0));
  }

  void status(String path, int status) {
    answers.put(path, new Answer(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), 0));
  }

  /** The path answers, but only after {@code millis}. */
  void slow(String path, String xml, long millis) {
    answers.put(path, new Answer(200, "application/rss+xml", xml.getBytes(StandardCharsets.UTF_8), millis));
  }

  long count(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    requests.add(new Request(path, exchange.getRequestHeaders().getFirst("User-Agent"), ifNoneMatch));
    Answer a = answers.get(path);
    try (exchange) {
      if (a == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      if (a.delayMillis() > 0) {
        try {
          Thread.sleep(a.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(a.body())) + "\"";
      if (a.status() == 200 && etag.equals(ifNoneMatch)) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().add("Content-Type", a.contentType());
      if (a.status() == 200) {
        exchange.getResponseHeaders().add("ETag", etag);
      }
      exchange.sendResponseHeaders(a.status(), a.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(a.body());
      } catch (IOException e) {
        // the client gave up (a timeout test): nothing to answer
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
