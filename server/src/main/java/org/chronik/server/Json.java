package org.chronik.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronik.store.Rows;

/** JSON answers: store rows as objects, pages with their offset and whether more follow. */
final class Json {
  static final String CONTENT_TYPE = "application/json; charset=utf-8";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static void send(Context ctx, int status, Object value) {
    try {
      byte[] body = MAPPER.writeValueAsBytes(value);
      ctx.status(status).contentType(CONTENT_TYPE).result(body);
      ctx.attribute(ResponseCache.BODY, body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  static void send(Context ctx, Object value) {
    send(ctx, 200, value);
  }

  static List<Map<String, Object>> rows(Rows rows) {
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.add(rows.row(i));
    }
    return out;
  }

  /** The page of {@code items} (which hold up to page.fetch() rows from the top). */
  static Map<String, Object> page(Params.Page page, List<?> items) {
    int from = Math.min(page.offset(), items.size());
    int to = Math.min(from + page.limit(), items.size());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("offset", page.offset());
    m.put("limit", page.limit());
    m.put("more", items.size() > to);
    m.put("items", items.subList(from, to));
    return m;
  }

  static Map<String, Object> error(int status, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", status);
    m.put("error", message);
    return m;
  }
}
