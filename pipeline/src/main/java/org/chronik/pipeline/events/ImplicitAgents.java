package org.chronik.pipeline.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Who performs an act reported without its agent, by CAMEO code prefix, from {@code
 * codebooks/implicit-agents.tsv} (format in the README beside it). Immutable.
 */
final class ImplicitAgents {
  enum Agent { STATE, NONE }

  static final String RESOURCE = "/codebooks/implicit-agents.tsv";
  private final Map<String, Agent> byPrefix;

  private ImplicitAgents(Map<String, Agent> byPrefix) {
    this.byPrefix = Map.copyOf(byPrefix);
  }

  static ImplicitAgents load() {
    try (InputStream in = ImplicitAgents.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("implicit agents missing: " + RESOURCE);
      }
      return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static ImplicitAgents parse(String name, String content) {
    Map<String, Agent> map = new HashMap<>();
    String[] lines = content.split("\n");
    boolean header = true;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (header) {
        header = false;
        continue;
      }
      if (f.length != 2 || !f[0].matches("\\d{2,4}")) {
        throw new IllegalArgumentException(name + " line " + (n + 1) + ": expected a code prefix and an agent: \"" + line + "\"");
      }
      map.put(f[0], Agent.valueOf(f[1].strip()));
    }
    return new ImplicitAgents(map);
  }

  /** The implicit agent of a code: the value of its longest listed prefix, NONE when none is listed. */
  Agent of(String code) {
    for (int len = code.length(); len >= 2; len--) {
      Agent a = byPrefix.get(code.substring(0, len));
      if (a != null) {
        return a;
      }
    }
    return Agent.NONE;
  }
}
