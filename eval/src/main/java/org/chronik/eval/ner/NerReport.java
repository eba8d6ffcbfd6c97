package org.chronik.eval.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.chronik.eval.Counts;

/** Prints a GermEval result as a table and as one JSON object. Null figures have a 0 denominator. */
public final class NerReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private NerReport() {}

  public static String text(NerScorer.Result result, String selection) {
    StringBuilder sb = new StringBuilder();
    sb.append("GermEval 2014 NER, ").append(selection).append(": ").append(result.sentences()).append(" sentences, ")
        .append(result.tokens()).append(" tokens\n");
    sb.append("rules: ").append(result.rules()).append('\n');
    sb.append(String.format(Locale.ROOT, "  %-8s %6s %6s %6s %9s %6s %8s%n", "type", "P", "R", "F1", "predicted", "gold", "correct"));
    for (Map.Entry<String, Counts> e : result.byType().entrySet()) {
      Counts c = e.getValue();
      sb.append(String.format(Locale.ROOT, "  %-8s %6s %6s %6s %9d %6d %8d%n", e.getKey(), fmt(c.precision()),
          fmt(c.recall()), fmt(c.f1()), c.system(), c.required(), c.systemCorrect()));
    }
    return sb.toString();
  }

  public static ObjectNode json(NerScorer.Result result, String selection) {
    ObjectNode root = JSON.createObjectNode();
    root.put("corpus", "germeval2014");
    root.put("selection", selection);
    root.put("sentences", result.sentences());
    root.put("tokens", result.tokens());
    root.put("rules", result.rules());
    for (Map.Entry<String, Counts> e : result.byType().entrySet()) {
      Counts c = e.getValue();
      ObjectNode o = root.putObject(e.getKey().equals("ALL") ? "micro" : e.getKey());
      put(o, "p", c.precision());
      put(o, "r", c.recall());
      put(o, "f1", c.f1());
      o.put("predicted", c.system());
      o.put("gold", c.required());
      o.put("correct", c.systemCorrect());
    }
    return root;
  }

  private static void put(ObjectNode o, String key, Double v) {
    if (v == null) {
      o.putNull(key);
    } else {
      o.put(key, Math.round(v * 10000) / 10000.0);
    }
  }

  private static String fmt(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
