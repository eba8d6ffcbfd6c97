package org.chronik.wikidata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads one statement object: main snak, rank and the qualifiers the importer uses. */
final class StatementReader {
  private StatementReader() {}

  /** The statement at the parser (on its START_OBJECT); null when it is deprecated. */
  static Entity.Claim claim(JsonParser p) throws IOException {
    Entity.Snak main = null;
    String rank = "normal";
    Map<String, List<Entity.Snak>> qualifiers = Map.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "mainsnak" -> main = snak(p);
        case "rank" -> rank = p.getValueAsString();
        case "qualifiers" -> qualifiers = qualifiers(p);
        default -> p.skipChildren();
      }
    }
    if (main == null) {
      throw new IOException("statement without mainsnak");
    }
    return "deprecated".equals(rank) ? null : new Entity.Claim(main, qualifiers);
  }

  private static Map<String, List<Entity.Snak>> qualifiers(JsonParser p) throws IOException {
    EntityParser.expect(p.currentToken(), JsonToken.START_OBJECT, p);
    Map<String, List<Entity.Snak>> out = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String property = p.currentName();
      p.nextToken();
      if (!EntityParser.QUALIFIERS.contains(property)) {
        p.skipChildren();
        continue;
      }
      EntityParser.expect(p.currentToken(), JsonToken.START_ARRAY, p);
      List<Entity.Snak> list = new ArrayList<>();
      while (p.nextToken() == JsonToken.START_OBJECT) {
        list.add(snak(p));
      }
      out.put(property, list);
    }
    return out;
  }

  private static Entity.Snak snak(JsonParser p) throws IOException {
    EntityParser.expect(p.currentToken(), JsonToken.START_OBJECT, p);
    String snaktype = "value";
    Entity.Snak value = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "snaktype" -> snaktype = p.getValueAsString();
        case "datavalue" -> value = dataValue(p);
        default -> p.skipChildren();
      }
    }
    return switch (snaktype) {
      case "somevalue" -> new Entity.Snak(Entity.Snak.Kind.SOME_VALUE, null, null);
      case "novalue" -> new Entity.Snak(Entity.Snak.Kind.NO_VALUE, null, null);
      default -> value == null ? new Entity.Snak(Entity.Snak.Kind.VALUE, null, null) : value;
    };
  }

  /** {"value": …, "type": …}: items give their id, strings their text, times a partial date. */
  private static Entity.Snak dataValue(JsonParser p) throws IOException {
    EntityParser.expect(p.currentToken(), JsonToken.START_OBJECT, p);
    String text = null;
    String language = null;
    String time = null;
    int precision = -1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken token = p.nextToken();
      if (!field.equals("value")) {
        p.skipChildren();
      } else if (token == JsonToken.VALUE_STRING) {
        text = p.getText();
      } else if (token == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          switch (key) {
            case "id" -> text = p.getValueAsString();
            case "numeric-id" -> text = text == null ? "Q" + p.getValueAsLong() : text; // old dumps lack "id"
            case "text" -> text = p.getValueAsString();
            case "language" -> language = p.getValueAsString();
            case "time" -> time = p.getValueAsString();
            case "precision" -> precision = p.getValueAsInt();
            default -> p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
    if (time != null) {
      text = WikidataTime.partialDate(time, precision);
    }
    return new Entity.Snak(Entity.Snak.Kind.VALUE, text, language);
  }
}
