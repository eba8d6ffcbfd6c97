package org.chronik.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent clients requesting API paths in turn for a fixed time; reports requests, errors
 * (non-200 answers and failed connections) and latency percentiles. For loopback benchmarks.
 */
public final class LoadTest {
  /** What a run measured. */
  public record Result(int clients, double seconds, long requests, long errors, double p50, double p95, double p99, double max) {
    public String line() {
      return String.format(Locale.ROOT,
          "%d clients, %.0f s: %d requests (%.0f/s), %d errors; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
          clients, seconds, requests, requests / seconds, errors, p50, p95, p99, max);
    }
  }

  private LoadTest() {}

  /** Runs {@code clients} threads for {@code duration}, each cycling through {@code paths} from its own start. */
  public static Result run(String baseUrl, List<String> paths, int clients, Duration duration) throws InterruptedException {
    return run(baseUrl, (client, i) -> paths.get((client + i) % paths.size()), clients, duration);
  }

  /** The path client {@code client} requests as its {@code i}-th request. */
  @FunctionalInterface
  public interface Paths {
    String path(int client, int i);
  }

  /** Runs {@code clients} threads for {@code duration}, each requesting the paths {@code paths} gives it in turn. */
  public static Result run(String baseUrl, Paths paths, int clients, Duration duration) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    long end = System.nanoTime() + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      long[] mine = new long[2_000_000];
      latencies.add(mine);
      int client = c;
      Thread t = new Thread(() -> {
        int n = 0;
        for (int i = 0; System.nanoTime() < end && n < mine.length - 1; i++) {
          HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + paths.path(client, i)))
              .timeout(Duration.ofSeconds(30)).GET().build();
          long started = System.nanoTime();
          try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          mine[n++] = System.nanoTime() - started;
        }
        mine[mine.length - 1] = n; // how many slots this client filled
      }, "load-client-" + c);
      threads.add(t);
    }
    long started = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long total = latencies.stream().mapToLong(l -> l[l.length - 1]).sum();
    long[] all = new long[Math.toIntExact(total)];
    int k = 0;
    for (long[] l : latencies) {
      int n = (int) l[l.length - 1];
      System.arraycopy(l, 0, all, k, n);
      k += n;
    }
    Arrays.sort(all);
    return new Result(clients, seconds, total, errors.get(), ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6);
  }

  private static double ms(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }

  /**
   * A mix in which no two requests are alike, so an answer cache never answers: event lists (by
   * actor, dyad, code, quad, date range, page) and dyad timelines (by day, week, month, year),
   * each with a date range drawn anew, over the actors the synthetic data holds. Seeded per client.
   */
  public static Paths distinctPaths(long seed) {
    String[] actors = {"CHN", "RUS", "USA", "UKR", "IRN", "ISR", "DEU", "FRA", "GBR", "TUR", "IND", "JPN", "PSE", "SYR",
        "country:CHN", "country:RUS", "country:USA", "country:UKR", "person:xi-jinping", "person:vladimir-putin"};
    String[] periods = {"day", "week", "month", "year"};
    int first = (int) java.time.LocalDate.of(2016, 1, 1).toEpochDay();
    return (client, i) -> {
      java.util.Random r = new java.util.Random(seed * 1_000_003L + client * 7_919L + i);
      String a = actors[r.nextInt(actors.length)];
      String b;
      do {
        b = actors[r.nextInt(actors.length)];
      } while (b.equals(a));
      int from = first + r.nextInt(3_600);
      String range = "&from=" + java.time.LocalDate.ofEpochDay(from) + "&to=" + java.time.LocalDate.ofEpochDay(from + 1 + r.nextInt(720));
      return switch (r.nextInt(5)) {
        case 0 -> "api/events?actor=" + a + range + "&limit=" + (20 + r.nextInt(31));
        case 1 -> "api/events?actor=" + a + "&with=" + b + "&code=" + String.format("%02d", 1 + r.nextInt(20)) + range + "&limit=50";
        case 2 -> "api/events?quad=" + (1 + r.nextInt(4)) + range + "&offset=" + 10 * r.nextInt(20) + "&limit=50";
        case 3 -> "api/timeline?dyad=" + a + "," + b + "&by=" + periods[r.nextInt(4)] + range;
        default -> "api/timeline?dyad=" + a + "," + b + "&by=month" + range;
      };
    };
  }

  /** The benchmark's mix: event lists and dyad timelines over actors the synthetic data holds. */
  public static List<String> eventAndTimelinePaths() {
    String[] actors = {"CHN", "RUS", "USA", "UKR", "IRN", "ISR", "DEU", "FRA"};
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < actors.length; i++) {
      String a = actors[i];
      String b = actors[(i + 1) % actors.length];
      paths.add("api/events?actor=" + a + "&limit=50");
      paths.add("api/timeline?dyad=" + a + "," + b + "&by=month");
      paths.add("api/events?actor=" + a + "&with=" + b + "&code=0" + (1 + i % 9) + "&limit=50");
      paths.add("api/timeline?dyad=" + a + "," + actors[(i + 3) % actors.length] + "&by=week&from=2023-01-01");
      paths.add("api/events?quad=" + (1 + i % 4) + "&from=2024-01-01&to=2024-12-31&offset=100&limit=100");
    }
    return paths;
  }
}
