package org.chronik.eval.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the small data files of this package: one entry a line, {@code #} starts a comment. */
final class ResourceLists {
  private ResourceLists() {}

  static List<String> lines(String name) {
    InputStream in = ResourceLists.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource org/chronik/eval/ner/" + name);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String entry = line.replaceFirst("#.*", "").strip();
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Lines of two tab- or space-separated fields: key, value. */
  static Map<String, String> pairs(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(name)) {
      String[] f = line.split("\\s+");
      if (f.length != 2) {
        throw new IllegalStateException("org/chronik/eval/ner/" + name + ": expected two fields in \"" + line + "\"");
      }
      out.put(f[0], f[1]);
    }
    return out;
  }
}
