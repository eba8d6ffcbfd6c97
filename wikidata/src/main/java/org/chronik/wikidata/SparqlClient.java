package org.chronik.wikidata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asks a SPARQL endpoint (Wikidata's query service or a mirror) SELECT queries and reads the JSON
 * results. Every request has a timeout, a size limit and a User-Agent; queries are paged with
 * LIMIT/OFFSET; a busy endpoint (429, 5xx, timeouts) is asked again after Retry-After or a growing pause.
 */
public final class SparqlClient {
  /** @param pageSize rows per page; a shorter page is the last */
  public record Settings(URI endpoint, String userAgent, Duration timeout, int pageSize, int maxRetries, Duration firstPause,
      Duration pageDelay, long maxBytes) {
    public static Settings of(URI endpoint) {
      return new Settings(endpoint, "Chronik/0.1 (actor dictionary refresh; chronik actors import-wikidata --sparql)",
          Duration.ofSeconds(90), 5_000, 4, Duration.ofSeconds(5), Duration.ofSeconds(1), 256L << 20);
    }
  }

  private static final Set<Integer> RETRY = Set.of(429, 500, 502, 503, 504);
  private static final Duration LONGEST_PAUSE = Duration.ofMinutes(2);

  private final Settings settings;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private int requests;

  public SparqlClient(Settings settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** Every row of {@code query} (without LIMIT/OFFSET; it needs an ORDER BY for stable pages). */
  List<Map<String, String>> selectAll(String query) throws IOException {
    List<Map<String, String>> all = new ArrayList<>();
    for (int offset = 0; ; offset += settings.pageSize()) {
      if (offset > 0) {
        sleep(settings.pageDelay());
      }
      List<Map<String, String>> page = select(query + "\nLIMIT " + settings.pageSize() + " OFFSET " + offset);
      all.addAll(page);
      if (page.size() < settings.pageSize()) {
        return all;
      }
    }
  }

  /** One query, asked again on a busy or failing endpoint up to maxRetries times. */
  List<Map<String, String>> select(String query) throws IOException {
    URI uri = URI.create(settings.endpoint() + (settings.endpoint().getQuery() == null ? "?" : "&") + "format=json&query="
        + URLEncoder.encode(query, StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("User-Agent", settings.userAgent())
        .header("Accept", "application/sparql-results+json").GET().build();
    IOException last = null;
    for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
      if (attempt > 0) {
        sleep(last instanceof Busy busy && busy.retryAfter != null ? busy.retryAfter : pause(attempt));
      }
      try {
        requests++;
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
          byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
          if (bytes.length > settings.maxBytes()) {
            throw new IOException(settings.endpoint() + " answered more than " + settings.maxBytes() + " bytes; lower the page size");
          }
          if (RETRY.contains(response.statusCode())) {
            last = new Busy(settings.endpoint() + " answered " + response.statusCode(), retryAfter(response));
            continue;
          }
          if (response.statusCode() != 200) {
            throw new IOException(settings.endpoint() + " answered " + response.statusCode() + ": " + firstLine(new String(bytes, StandardCharsets.UTF_8)));
          }
          return rows(bytes);
        }
      } catch (java.net.http.HttpTimeoutException | java.net.ConnectException e) {
        last = new Busy(settings.endpoint() + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    throw new IOException("gave up after " + (settings.maxRetries() + 1) + " tries: " + last.getMessage(), last);
  }

  /** Requests sent so far (tries included). */
  int requests() {
    return requests;
  }

  private List<Map<String, String>> rows(byte[] bytes) throws IOException {
    JsonNode root = json.readTree(bytes);
    JsonNode bindings = root.path("results").path("bindings");
    if (!bindings.isArray()) {
      throw new IOException(settings.endpoint() + " answered no SPARQL JSON results");
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (JsonNode binding : bindings) {
      Map<String, String> row = new HashMap<>();
      binding.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().path("value").asText()));
      rows.add(row);
    }
    return rows;
  }

  private Duration pause(int attempt) {
    Duration d = settings.firstPause().multipliedBy(1L << Math.min(attempt - 1, 10));
    return d.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : d;
  }

  private static Duration retryAfter(HttpResponse<?> response) {
    return response.headers().firstValue("Retry-After").filter(v -> v.matches("\\d{1,4}"))
        .map(v -> Duration.ofSeconds(Math.min(Long.parseLong(v), LONGEST_PAUSE.toSeconds()))).orElse(null);
  }

  private static void sleep(Duration d) throws IOException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static String firstLine(String s) {
    String line = s.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /** A failure worth another try. */
  private static final class Busy extends IOException {
    final Duration retryAfter;

    Busy(String message, Duration retryAfter) {
      super(message);
      this.retryAfter = retryAfter;
    }
  }
}
