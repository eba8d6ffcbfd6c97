package org.chronik.pipeline.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.chronik.model.EventCode;

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
    try (InputStream in = Codebook.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("codebook resource missing: " + resource);
      }
      return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read codebook " + resource, e);
    }
  }

  static Codebook parse(String name, BufferedReader reader) throws IOException {
    Map<String, EventCode> codes = new LinkedHashMap<>();
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IllegalArgumentException(name + " line " + lineNo + ": expected 6 tab-separated fields, got " + f.length);
      }
      EventCode code = new EventCode(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]), dash(f[4]), dash(f[5]));
      if (codes.put(code.code(), code) != null) {
        throw new IllegalArgumentException(name + " line " + lineNo + ": duplicate code " + code.code());
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
