package org.chronik.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives on its own, before any route runs (a malformed request 400, a too long
 * address 414, too large headers 431), as JSON like every API error, with the security headers:
 * such a request is read no further than its first line, so neither its path nor its Accept header
 * is there to choose by, and browsers do not send malformed addresses; programs do. The routes'
 * own errors use {@link #html} for pages and JSON for the API. Nothing from the request is echoed.
 */
final class ErrorPages extends ErrorHandler {
  static final String HTML = "text/html; charset=utf-8";

  /** What a person is told per status; the rest get the standard reason phrase. */
  private static final Map<Integer, String> EXPLAINED = Map.of(
      400, "The request could not be read: check the address for a stray % or other broken characters.",
      404, "There is no page at this address.",
      405, "This address answers GET requests only.",
      413, "The request is larger than this server accepts.",
      414, "The address is longer than this server accepts; shorten the search or the filters.",
      431, "The request's headers are larger than this server accepts.",
      500, "The server failed while answering; the details went to its log.");

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() >= 400 ? response.getStatus() : 500;
    ChronikServer.HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(json(status)), callback);
    return true;
  }

  /** JSON for the API's paths and for requests that ask for JSON (the UI's pages do). */
  static boolean wantsJson(String path, String accept) {
    return path != null && path.startsWith("/api/") || accept != null && accept.startsWith("application/json");
  }

  static String message(int status) {
    return EXPLAINED.getOrDefault(status, String.valueOf(HttpStatus.getMessage(status)));
  }

  static byte[] json(int status) {
    return ("{\"status\":" + status + ",\"error\":\"" + message(status).replace("\"", "'") + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  /** A page in the UI's style; the text is fixed per status, so nothing the request held can become markup. */
  static String html(int status) {
    String reason = HttpStatus.getMessage(status);
    return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Chronik – " + status + " " + reason
        + "</title>\n<link rel=\"stylesheet\" href=\"/style.css\">\n</head>\n<body>\n<header><span class=\"brand\">CHRONIK</span>"
        + "<nav><a href=\"/index.html\">Search</a> <a href=\"/events.html\">Events</a> <a href=\"/timeline.html\">Timeline</a>"
        + " <a href=\"/network.html\">Network</a></nav></header>\n<main>\n<h1>" + status + " " + reason + "</h1>\n<p>" + message(status)
        + "</p>\n</main>\n</body>\n</html>\n";
  }
}
