package org.chronik.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.chronik.model.ActorRef;
import org.chronik.model.PartialDate;
import org.chronik.model.Span;

/** Model values as column values: nulls kept, dates as their first day, spans as two offsets. */
final class Values {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Values() {}

  static LocalDate date(PartialDate d) {
    return d == null ? null : d.start();
  }

  static String precision(PartialDate d) {
    return d == null ? null : d.precision().name();
  }

  static String key(ActorRef r) {
    return r == null ? null : r.id();
  }

  static String name(ActorRef r) {
    return r == null ? null : r.name();
  }

  static String type(ActorRef r) {
    return r == null || r.type() == null ? null : r.type().name();
  }

  static String country(ActorRef r) {
    return r == null ? null : r.country();
  }

  static String sector(ActorRef r) {
    return r == null ? null : r.sector();
  }

  static String role(ActorRef r) {
    return r == null ? null : r.role();
  }

  static String wikidata(ActorRef r) {
    return r == null ? null : r.wikidata();
  }

  static Integer begin(Span s) {
    return s == null ? null : s.begin();
  }

  static Integer end(Span s) {
    return s == null ? null : s.end();
  }

  /** The text a span covers, or null when there is no span or it lies beyond the body. */
  static String text(String body, Span s) {
    return s == null || s.end() > body.length() ? null : s.of(body);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
