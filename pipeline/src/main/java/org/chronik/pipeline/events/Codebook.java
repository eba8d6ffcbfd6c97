package org.chronik.pipeline.events;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.chronik.model.EventCode;
import org.chronik.model.io.Tsv;

/** The CAMEO codebook loaded from {@code codebooks/cameo.tsv}: code → name, Goldstein, quad, PLOVER. */
public final class Codebook {
  public static final String RESOURCE = "/codebooks/cameo.tsv";
  private static volatile Codebook cameo;

  private final Map<String, EventCode> codes;

  private Codebook(Map<String, EventCode> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  /** The shipped CAMEO codebook, loaded once. */
  public static Codebook cameo() {
    Codebook book = cameo;
    if (book == null) {
      synchronized (Codebook.class) {
        if (cameo == null) {
          cameo = load(RESOURCE);
        }
        book = cameo;
      }
    }
    return book;
  }

  static Codebook load(String resource) {
    Tsv.Table table = Tsv.Table.of(Tsv.resource(Codebook.class, resource), resource);
    Map<String, EventCode> codes = new LinkedHashMap<>();
    for (Tsv.Row row : table.rows()) {
      EventCode code = new EventCode(table.get(row, "code"), table.get(row, "name"), Double.parseDouble(table.get(row, "goldstein")),
          Integer.parseInt(table.get(row, "quad")), dash(table.get(row, "plover_type")), dash(table.get(row, "plover_mode")));
      if (codes.put(code.code(), code) != null) {
        throw row.error("duplicate code " + code.code());
      }
    }
    return new Codebook(codes);
  }

  private static String dash(String value) {
    return value.equals("-") ? null : value;
  }

  public Optional<EventCode> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** The code; throws IllegalArgumentException naming an unknown code. */
  public EventCode get(String code) {
    EventCode c = codes.get(code);
    if (c == null) {
      throw new IllegalArgumentException("unknown CAMEO code: " + code);
    }
    return c;
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  public Collection<EventCode> all() {
    return codes.values();
  }
}
