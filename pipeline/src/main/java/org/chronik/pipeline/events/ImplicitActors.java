package org.chronik.pipeline.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the unnamed agent or target of an act is, by CAMEO code prefix, from {@code
 * codebooks/implicit-actors.tsv} (format in the README beside it). Immutable.
 */
final class ImplicitActors {
  enum Agent { STATE, NONE }

  enum Target {
    /** the focus country's government; needs an object phrase without an actor */
    GOVERNMENT,
    /** the focus country's government, also when the act has no object at all (protests) */
    GOVERNMENT_ALWAYS,
    /** the source's own country: a state's measure on its own people ("verhängte den Ausnahmezustand") */
    OWN_COUNTRY,
    /** the agent of the act the object re-mentions ("verurteilte den Angriff": the attacker) */
    ACT_AGENT
  }

  static final String RESOURCE = "/codebooks/implicit-actors.tsv";

  private record Row(Agent agent, List<Target> targets) {}

  private final Map<String, Row> byPrefix;

  private ImplicitActors(Map<String, Row> byPrefix) {
    this.byPrefix = Map.copyOf(byPrefix);
  }

  static ImplicitActors load() {
    try (InputStream in = ImplicitActors.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("implicit actors missing: " + RESOURCE);
      }
      return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static ImplicitActors parse(String name, String content) {
    Map<String, Row> map = new HashMap<>();
    String[] lines = content.split("\n");
    boolean header = true;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t");
      try {
        if (f.length != 3 || !f[0].matches("\\d{2,4}")) {
          throw new IllegalArgumentException("expected a code prefix, an agent and a target");
        }
        Agent agent = f[1].strip().equals("-") ? Agent.NONE : Agent.valueOf(f[1].strip());
        List<Target> targets = new ArrayList<>();
        if (!f[2].strip().equals("-")) {
          for (String t : f[2].strip().split("\\|")) {
            targets.add(Target.valueOf(t.strip()));
          }
        }
        map.put(f[0], new Row(agent, List.copyOf(targets)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + " line " + (n + 1) + ": " + e.getMessage() + ": \"" + line + "\"", e);
      }
    }
    return new ImplicitActors(map);
  }

  /** The implicit agent of a code (its longest listed prefix decides); NONE when none is listed. */
  Agent agent(String code) {
    Row row = row(code);
    return row == null ? Agent.NONE : row.agent();
  }

  /** The implicit targets of a code, to try in order; empty when none is listed. */
  List<Target> targets(String code) {
    Row row = row(code);
    return row == null ? List.of() : row.targets();
  }

  private Row row(String code) {
    for (int len = code.length(); len >= 2; len--) {
      Row r = byPrefix.get(code.substring(0, len));
      if (r != null) {
        return r;
      }
    }
    return null;
  }
}
