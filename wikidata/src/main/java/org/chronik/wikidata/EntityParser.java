package org.chronik.wikidata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads one entity line with Jackson's streaming parser, keeping only the wanted languages and
 * properties and skipping everything else unread (descriptions, references, other claims). Thread-safe.
 */
final class EntityParser {
  /** The properties the importer uses: instance of, position held, country, jurisdiction, ISO code, short name, dissolved. */
  static final Set<String> PROPERTIES = Set.of("P31", "P39", "P17", "P1001", "P298", "P1813", "P576");
  static final Set<String> QUALIFIERS = Set.of("P580", "P582");

  private final JsonFactory factory = JsonFactory.builder().build();
  private final Set<String> languages;

  EntityParser(Set<String> languages) {
    this.languages = Set.copyOf(languages);
  }

  /** The entity of a line (without its trailing comma); an exception names what is malformed. */
  Entity parse(byte[] bytes, int offset, int length) throws IOException {
    try (JsonParser p = factory.createParser(bytes, offset, length)) {
      return entity(p);
    }
  }

  Entity parse(String json) throws IOException {
    try (JsonParser p = factory.createParser(json)) {
      return entity(p);
    }
  }

  private Entity entity(JsonParser p) throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT, p);
    String id = null;
    String redirect = null;
    boolean missing = false;
    Map<String, String> labels = new HashMap<>();
    Map<String, List<String>> aliases = new HashMap<>();
    Map<String, List<Entity.Claim>> claims = new HashMap<>();
    String enwiki = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "id", "entity" -> id = p.getValueAsString();
        case "redirect" -> redirect = p.getValueAsString();
        case "missing" -> missing = true;
        case "labels" -> labels(p, labels);
        case "aliases" -> aliases(p, aliases);
        case "sitelinks" -> enwiki = enwiki(p);
        case "claims" -> claims(p, claims);
        default -> p.skipChildren();
      }
      if (value == null) {
        throw new IOException("entity ends early");
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
      throw new IOException("text after the entity object");
    }
    if (id == null) {
      throw new IOException("entity without id");
    }
    return new Entity(id, labels, aliases, enwiki, claims, redirect, missing);
  }

  private void labels(JsonParser p, Map<String, String> out) throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY) { // no labels: []
      p.skipChildren();
      return;
    }
    expect(p.currentToken(), JsonToken.START_OBJECT, p);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String language = p.currentName();
      p.nextToken();
      if (languages.contains(language)) {
        String text = monolingual(p)[0];
        if (text != null) {
          out.put(language, text);
        }
      } else {
        p.skipChildren();
      }
    }
  }

  private void aliases(JsonParser p, Map<String, List<String>> out) throws IOException {
    keyedArrays(p, languages, q -> monolingual(q)[0], (language, list) -> out.computeIfAbsent(language, k -> new ArrayList<>()).addAll(list));
  }

  private static String enwiki(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    String title = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String site = p.currentName();
      p.nextToken();
      if (!site.equals("enwiki")) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("title")) {
          title = p.getValueAsString();
        } else {
          p.skipChildren();
        }
      }
    }
    return title;
  }

  private static void claims(JsonParser p, Map<String, List<Entity.Claim>> out) throws IOException {
    keyedArrays(p, PROPERTIES, StatementReader::claim, out::put);
  }

  /** Reads one item of an array; a null item is dropped. */
  @FunctionalInterface
  private interface ItemReader<T> {
    T read(JsonParser p) throws IOException;
  }

  /**
   * Reads an object of arrays by key (aliases by language, claims by property; an entity with none
   * has [] here) and hands each wanted key's items, read by {@code item}, to {@code out}.
   */
  private static <T> void keyedArrays(JsonParser p, Set<String> wanted, ItemReader<T> item, BiConsumer<String, List<T>> out)
      throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    expect(p.currentToken(), JsonToken.START_OBJECT, p);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      if (!wanted.contains(key)) {
        p.skipChildren();
        continue;
      }
      expect(p.currentToken(), JsonToken.START_ARRAY, p);
      List<T> list = new ArrayList<>();
      while (p.nextToken() == JsonToken.START_OBJECT) {
        T value = item.read(p);
        if (value != null) {
          list.add(value);
        }
      }
      out.accept(key, list);
    }
  }

  /** {"language":…,"value":…} → [value, language]. */
  private static String[] monolingual(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT, p);
    String value = null;
    String language = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "value" -> value = p.getValueAsString();
        case "language" -> language = p.getValueAsString();
        default -> p.skipChildren();
      }
    }
    return new String[] {value, language};
  }

  static void expect(JsonToken actual, JsonToken expected, JsonParser p) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + " but found " + actual + " at column " + p.currentLocation().getColumnNr());
    }
  }
}
