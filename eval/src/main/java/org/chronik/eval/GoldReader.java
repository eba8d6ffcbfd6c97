package org.chronik.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.chronik.eval.GoldDocument.GoldActor;
import org.chronik.eval.GoldDocument.GoldEvent;
import org.chronik.eval.GoldDocument.GoldQuote;
import org.chronik.eval.GoldDocument.GoldTime;
import org.chronik.eval.GoldDocument.NotEvent;
import org.chronik.eval.GoldDocument.NotQuote;
import org.chronik.model.PartialDate;

/**
 * Reads gold files strictly: an unknown key, a missing or mistyped field is a GoldFormatException
 * naming the file and the item, so that a typo never silently drops a condition from scoring.
 * {@code required} defaults to true and {@code occurrence} to 1 when absent.
 */
public final class GoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TOP = Set.of("document", "creation_date", "document_type", "note",
      "actors", "time_expressions", "events", "not_events", "quotes", "not_quotes");
  private static final Set<String> ACTOR = Set.of("name", "aliases", "type", "country", "sector", "required", "note");
  private static final Set<String> TIME = Set.of("text", "occurrence", "value", "mod", "required", "note");
  private static final Set<String> EVENT = Set.of("id", "evidence", "occurrence", "source", "target", "symmetric",
      "codes", "date", "required", "note");
  private static final Set<String> NOT_EVENT = Set.of("evidence", "occurrence", "source", "target", "root", "note");
  private static final Set<String> QUOTE = Set.of("begins", "occurrence", "speaker", "speaker_country", "required", "note");
  private static final Set<String> NOT_QUOTE = Set.of("text", "occurrence", "note");
  private static final Set<String> ACTOR_TYPES = Set.of("COUNTRY", "PERSON", "ORGANIZATION", "IGO", "GROUP", "LOCATION", "EVENT");

  private GoldReader() {}

  public static GoldDocument read(Path file) {
    String name = file.getFileName().toString();
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new GoldFormatException(name, null, "cannot read: " + e.getMessage());
    }
  }

  public static GoldDocument parse(String json, String file) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new GoldFormatException(file, null, "not valid JSON: " + e.getOriginalMessage()
          + " at line " + e.getLocation().getLineNr());
    }
    Item top = new Item(file, "top level", root, TOP);
    String type = top.optText("document_type", "news");
    if (!type.equals("news") && !type.equals("narrative")) {
      throw new GoldFormatException(file, "document_type", "must be \"news\" or \"narrative\", not \"" + type + "\"");
    }
    return new GoldDocument(file, top.text("document"), top.date("creation_date"), type,
        list(file, root, "actors", ACTOR, (it, i) -> actor(it)),
        list(file, root, "time_expressions", TIME, (it, i) -> new GoldTime(it.label, it.text("text"), it.occurrence(),
            it.string("value"), it.optText("mod", null), it.required(), null)),
        list(file, root, "events", EVENT, (it, i) -> event(file, it, i)),
        list(file, root, "not_events", NOT_EVENT, (it, i) -> new NotEvent(it.label, it.text("evidence"), it.occurrence(),
            it.optText("source", null), it.optText("target", null), root(it, it.text("root")), null)),
        list(file, root, "quotes", QUOTE, (it, i) -> new GoldQuote(it.label, it.text("begins"), it.occurrence(),
            it.texts("speaker"), it.optText("speaker_country", null), it.required(), null)),
        list(file, root, "not_quotes", NOT_QUOTE, (it, i) -> new NotQuote(it.label, it.text("text"), it.occurrence(), null)));
  }

  private static GoldActor actor(Item it) {
    String type = it.text("type");
    if (!ACTOR_TYPES.contains(type)) {
      throw it.error("unknown actor type \"" + type + "\"");
    }
    List<String> aliases = it.node.has("aliases") ? it.texts("aliases") : List.of();
    return new GoldActor(it.text("name"), aliases, type, it.optText("country", null), it.optText("sector", null), it.required());
  }

  private static GoldEvent event(String file, Item it, int index) {
    String id = it.optText("id", "#" + (index + 1));
    Item named = new Item(file, "events[" + id + "]", it.node, EVENT);
    List<String> codes = named.texts("codes");
    if (codes.isEmpty()) {
      throw named.error("\"codes\" is empty");
    }
    for (String code : codes) {
      root(named, code);
    }
    PartialDate date = named.node.has("date") ? named.date("date") : null;
    return new GoldEvent(id, named.text("evidence"), named.occurrence(), named.text("source"), named.text("target"),
        named.bool("symmetric", false), codes, date, named.required(), null);
  }

  /** Checks that a CAMEO code or root starts with two digits and returns it. */
  private static String root(Item it, String code) {
    if (!code.matches("\\d{2}\\d*")) {
      throw it.error("\"" + code + "\" is not a CAMEO code");
    }
    return code;
  }

  private static <T> List<T> list(String file, JsonNode root, String key, Set<String> keys, BiFunction<Item, Integer, T> read) {
    JsonNode node = root.get(key);
    if (node == null) {
      return null;
    }
    if (!node.isArray()) {
      throw new GoldFormatException(file, key, "must be a list");
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      out.add(read.apply(new Item(file, key + "[" + i + "]", node.get(i), keys), i));
    }
    return List.copyOf(out);
  }

  /** One JSON object being read, with its label for messages. */
  private static final class Item {
    final String file;
    final String label;
    final JsonNode node;

    Item(String file, String label, JsonNode node, Set<String> allowed) {
      this.file = file;
      this.label = label;
      this.node = node;
      if (node == null || !node.isObject()) {
        throw error("must be a JSON object");
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!allowed.contains(name)) {
          throw error("unknown key \"" + name + "\" (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
        }
      }
    }

    GoldFormatException error(String problem) {
      return new GoldFormatException(file, label, problem);
    }

    String text(String key) {
      JsonNode v = node.get(key);
      if (v == null || !v.isTextual() || v.asText().isBlank()) {
        throw error("\"" + key + "\" must be a non-empty string");
      }
      return v.asText();
    }

    /** A string that may be empty (a TIMEX2 expression without a normalized value). */
    String string(String key) {
      JsonNode v = node.get(key);
      if (v == null || !v.isTextual()) {
        throw error("\"" + key + "\" must be a string");
      }
      return v.asText();
    }

    String optText(String key, String fallback) {
      return node.has(key) && !node.get(key).isNull() ? text(key) : fallback;
    }

    List<String> texts(String key) {
      JsonNode v = node.get(key);
      if (v == null || !v.isArray()) {
        throw error("\"" + key + "\" must be a list of strings");
      }
      List<String> out = new ArrayList<>();
      for (JsonNode e : v) {
        if (!e.isTextual()) {
          throw error("\"" + key + "\" must be a list of strings");
        }
        out.add(e.asText());
      }
      return List.copyOf(out);
    }

    boolean bool(String key, boolean fallback) {
      JsonNode v = node.get(key);
      if (v == null) {
        return fallback;
      }
      if (!v.isBoolean()) {
        throw error("\"" + key + "\" must be true or false");
      }
      return v.asBoolean();
    }

    boolean required() {
      return bool("required", true);
    }

    int occurrence() {
      JsonNode v = node.get("occurrence");
      if (v == null) {
        return 1;
      }
      if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1) {
        throw error("\"occurrence\" must be a whole number from 1");
      }
      return v.asInt();
    }

    PartialDate date(String key) {
      String text = text(key);
      try {
        return PartialDate.parse(text);
      } catch (IllegalArgumentException e) {
        throw error("\"" + key + "\": " + e.getMessage());
      }
    }
  }
}
