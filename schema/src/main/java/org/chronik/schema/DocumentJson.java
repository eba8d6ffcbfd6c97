package org.chronik.schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.Article;
import org.chronik.model.Event;
import org.chronik.model.Layer;
import org.chronik.model.PartialDate;
import org.chronik.model.Span;

/**
 * An annotated document as one JSON object ({@code chronik analyze}): spans as [begin, end], dates
 * as ISO strings (partial dates at their precision).
 */
public final class DocumentJson {
  private DocumentJson() {}

  /** A mapper that writes Chronik's model records: spans as arrays, partial dates as strings. */
  public static ObjectMapper mapper(boolean pretty) {
    SimpleModule module = new SimpleModule("chronik");
    module.addSerializer(Span.class, new JsonSerializer<>() {
      @Override
      public void serialize(Span span, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartArray();
        gen.writeNumber(span.begin());
        gen.writeNumber(span.end());
        gen.writeEndArray();
      }
    });
    module.addSerializer(PartialDate.class, new JsonSerializer<>() {
      @Override
      public void serialize(PartialDate date, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(date.toString());
      }
    });
    ObjectMapper mapper = new ObjectMapper().registerModule(module);
    if (pretty) {
      mapper.enable(SerializationFeature.INDENT_OUTPUT);
    }
    return mapper;
  }

  /**
   * The article's metadata followed by every layer but the raw parse (superseded by sentences) and
   * the event candidates. Each event carries the text of its sentence and trigger beside their
   * spans. For people ({@code eventsFirst}) the events come right after the metadata, before the
   * long token lists.
   */
  public static Map<String, Object> tree(ObjectMapper mapper, AnnotatedDocument document, boolean eventsFirst) {
    Article a = document.article();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", a.id());
    out.put("source", a.source());
    out.put("url", a.url());
    out.put("creationDate", a.creationDate());
    out.put("title", a.title());
    out.put("language", document.find(Layer.LANGUAGE).orElse(a.language()));
    out.put("status", document.find(Layer.STATUS).orElse(ArticleRow.ANNOTATED));
    out.put("byline", a.byline());
    out.put("credits", a.credits());
    out.put("metadata", a.metadata());
    if (eventsFirst) {
      out.put(Layer.EVENTS.name(), events(mapper, document));
    }
    for (Layer<?> layer : document.layers()) {
      // candidates that gave no event explain misses (chronik eval --explain); they are not output
      if (layer.equals(Layer.EVENTS)) {
        out.putIfAbsent(layer.name(), events(mapper, document));
      } else if (!layer.equals(Layer.PARSE) && !layer.equals(Layer.LANGUAGE) && !layer.equals(Layer.STATUS) && !layer.equals(Layer.EVENT_CANDIDATES)) {
        out.put(layer.name(), document.find(layer).orElse(null));
      }
    }
    return out;
  }

  /** The events with "evidence_text" and "trigger_text" after their id. */
  private static List<Map<String, Object>> events(ObjectMapper mapper, AnnotatedDocument document) {
    String body = document.article().body();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Event e : document.find(Layer.EVENTS).orElse(List.of())) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("evidence_text", text(body, e.evidence()));
      m.put("trigger_text", text(body, e.trigger()));
      Map<String, Object> fields = mapper.convertValue(e, new TypeReference<LinkedHashMap<String, Object>>() {});
      fields.forEach(m::putIfAbsent);
      out.add(m);
    }
    return out;
  }

  private static String text(String body, Span span) {
    return span == null || span.end() > body.length() ? null : span.of(body);
  }
}
