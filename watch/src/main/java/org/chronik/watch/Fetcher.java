package org.chronik.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP GET with the watcher's manners: a User-Agent on every request, a deadline for the whole
 * exchange (headers and body), a size limit, conditional requests, redirects followed (not from
 * https to http).
 */
final class Fetcher {
  /** An answer. {@code url} is where it came from after redirects; {@code body} is empty for 304. */
  record Response(int status, byte[] body, String url, String etag, String lastModified) {}

  /** A request that failed without an answer, or whose answer broke a limit. */
  static final class FetchException extends IOException {
    FetchException(String message) {
      super(message);
    }
  }

  private final WatchOptions options;
  private final HttpClient client;

  Fetcher(WatchOptions options) {
    this.options = options;
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(options.timeout()).build();
  }

  Response get(String url, String etag, String lastModified) throws FetchException {
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(url)).timeout(options.timeout()).header("User-Agent", options.userAgent())
          .header("Accept-Encoding", "identity").GET();
    } catch (IllegalArgumentException e) {
      throw new FetchException("not a URL the watcher can fetch: " + e.getMessage());
    }
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
    CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request.build(), info -> new Limited(options.maxBytes()));
    HttpResponse<byte[]> r;
    try {
      r = answer.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new FetchException("no complete answer within " + options.timeout().toMillis() + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof java.net.http.HttpTimeoutException) {
        throw new FetchException("no complete answer within " + options.timeout().toMillis() + " ms");
      }
      throw new FetchException(cause instanceof FetchException ? cause.getMessage()
          : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted");
    }
    return new Response(r.statusCode(), r.body(), r.uri().toString(), r.headers().firstValue("ETag").orElse(null),
        r.headers().firstValue("Last-Modified").orElse(null));
  }

  /** Collects the body and cancels the exchange once it passes {@code max} bytes. */
  private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final List<ByteBuffer> parts = new ArrayList<>();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long size;

    Limited(long max) {
      this.max = max;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      for (ByteBuffer b : items) {
        size += b.remaining();
        parts.add(b);
      }
      if (size > max && !result.isDone()) {
        subscription.cancel();
        result.completeExceptionally(new FetchException(String.format(Locale.ROOT, "answer larger than %,d bytes", max)));
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      byte[] out = new byte[(int) size];
      int at = 0;
      for (ByteBuffer b : parts) {
        int n = b.remaining();
        b.get(out, at, n);
        at += n;
      }
      result.complete(out);
    }
  }
}
