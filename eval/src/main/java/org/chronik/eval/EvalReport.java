package org.chronik.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The results of a run over several documents: micro-averaged totals per layer (tallies summed over
 * the documents whose gold has that layer), a human report and the JSON object of the gold README.
 * A figure whose denominator is 0 is null in JSON and "-" in the table, never an invented 1.0 or 0.0.
 */
public final class EvalReport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<DocumentScore> documents;
  private final List<String> errors;

  public EvalReport(List<DocumentScore> documents) {
    this(documents, List.of());
  }

  /** @param errors one line per gold file or document that could not be scored */
  public EvalReport(List<DocumentScore> documents, List<String> errors) {
    this.documents = List.copyOf(documents);
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }

  public List<DocumentScore> documents() {
    return documents;
  }

  public Counts actors() {
    return total(DocumentScore::actors);
  }

  public Counts time() {
    return total(DocumentScore::time);
  }

  public Counts eventsRoot() {
    return total(d -> d.events() == null ? null : d.events().root());
  }

  public Counts eventsExact() {
    return total(d -> d.events() == null ? null : d.events().exact());
  }

  public Counts quotes() {
    return total(DocumentScore::quotes);
  }

  public int violations() {
    return documents.stream().mapToInt(d -> d.events() == null ? 0 : d.events().violations()).sum();
  }

  private Counts total(Function<DocumentScore, LayerScore> layer) {
    return LayerScore.total(documents.stream().map(layer).toList());
  }

  /** The JSON object: the README's keys, plus the raw tallies and the per-document lists. */
  public ObjectNode json() {
    ObjectNode root = JSON.createObjectNode();
    root.put("documents", documents.size());
    root.set("events", events(eventsRoot(), eventsExact(), violations()));
    root.set("actors", figures(actors(), "attributes"));
    root.set("time", figures(time(), "value_accuracy"));
    root.set("quotes", figures(quotes(), "speaker_accuracy"));
    ArrayNode per = root.putArray("per_document");
    for (DocumentScore d : documents) {
      ObjectNode o = per.addObject();
      o.put("document", d.document());
      o.put("document_type", d.documentType());
      o.set("events", d.events() == null ? null : events(d.events().root().counts(), d.events().exact().counts(), d.events().violations()));
      o.set("actors", d.actors() == null ? null : figures(d.actors().counts(), "attributes"));
      o.set("time", d.time() == null ? null : figures(d.time().counts(), "value_accuracy"));
      o.set("quotes", d.quotes() == null ? null : figures(d.quotes().counts(), "speaker_accuracy"));
    }
    ArrayNode failed = root.putArray("errors");
    errors.forEach(failed::add);
    root.put("null_means", "the figure's denominator is 0 (no system output or no gold for it)");
    return root;
  }

  public String jsonLine() {
    return json().toString();
  }

  /** Missed required events per cause, summed over the documents, most frequent first. */
  public java.util.Map<EventExplainer.Cause, Integer> missCauses() {
    java.util.Map<EventExplainer.Cause, Integer> counts = new java.util.EnumMap<>(EventExplainer.Cause.class);
    for (DocumentScore d : documents) {
      if (d.events() != null) {
        d.events().explanations().forEach(x -> counts.merge(x.cause(), 1, Integer::sum));
      }
    }
    java.util.Map<EventExplainer.Cause, Integer> sorted = new java.util.LinkedHashMap<>();
    counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** The JSON object with the counts of missed events per cause ({@code chronik eval --explain}). */
  public ObjectNode jsonExplained() {
    ObjectNode root = json();
    ObjectNode causes = root.putObject("missed_by_cause");
    missCauses().forEach((cause, n) -> causes.put(cause.name().toLowerCase(Locale.ROOT), n));
    return root;
  }

  /** The human report with, for each missed required event, why ({@code chronik eval --explain}). */
  public String textExplained() {
    StringBuilder sb = new StringBuilder(text(true));
    sb.append("\nMISSED REQUIRED EVENTS BY CAUSE\n");
    missCauses().forEach((cause, n) -> sb.append(String.format(Locale.ROOT, "  %-22s %5d%n", cause.name().toLowerCase(Locale.ROOT), n)));
    return sb.toString();
  }

  private ObjectNode events(Counts root, Counts exact, int violations) {
    ObjectNode o = JSON.createObjectNode();
    o.set("root", figures(root, null));
    o.set("exact", figures(exact, null));
    o.put("violations", violations);
    return o;
  }

  private ObjectNode figures(Counts c, String accuracyKey) {
    ObjectNode o = JSON.createObjectNode();
    put(o, "p", c.precision());
    put(o, "r", c.recall());
    put(o, "f1", c.f1());
    if (accuracyKey != null) {
      put(o, accuracyKey, c.accuracy());
    }
    o.put("system", c.system());
    o.put("system_correct", c.systemCorrect());
    o.put("required", c.required());
    o.put("required_found", c.requiredFound());
    return o;
  }

  private static void put(ObjectNode o, String key, Double value) {
    if (value == null) {
      o.putNull(key);
    } else {
      o.put(key, Math.round(value * 10000) / 10000.0);
    }
  }

  /** The human report: a table per document, the totals, then the misses of each document. */
  public String text() {
    return text(false);
  }

  private String text(boolean explain) {
    StringBuilder sb = new StringBuilder();
    for (DocumentScore d : documents) {
      sb.append(d.document()).append(" (").append(d.documentType()).append(")\n");
      table(sb, d.actors() == null ? null : d.actors().counts(), d.time() == null ? null : d.time().counts(),
          d.events() == null ? null : d.events().root().counts(), d.events() == null ? null : d.events().exact().counts(),
          d.quotes() == null ? null : d.quotes().counts(), d.events() == null ? 0 : d.events().violations());
      sb.append('\n');
    }
    sb.append("TOTAL, micro-averaged over ").append(documents.size()).append(" document(s)\n");
    table(sb, actors(), time(), eventsRoot(), eventsExact(), quotes(), violations());
    sb.append("(\"-\": denominator 0; attr = actor attributes / time values / quote speakers)\n");
    for (String error : errors) {
      sb.append("NOT SCORED: ").append(error).append('\n');
    }
    for (DocumentScore d : documents) {
      sb.append("\n== ").append(d.document()).append('\n');
      details(sb, "actors", d.actors());
      details(sb, "time", d.time());
      details(sb, "events (root)", d.events() == null ? null : d.events().root());
      if (explain && d.events() != null) {
        for (EventExplainer.Explanation x : d.events().explanations()) {
          sb.append("  events WHY ").append(x.goldId()).append(": ").append(x.cause().name().toLowerCase(Locale.ROOT))
              .append(x.detail().isEmpty() ? "" : " — " + x.detail()).append('\n');
        }
      }
      if (d.events() != null) {
        sb.append("  events (exact): ").append(d.events().exact().missed().size()).append(" required missed, ")
            .append(d.events().exact().unmatched().size()).append(" system unmatched\n");
      }
      details(sb, "quotes", d.quotes());
    }
    return sb.toString();
  }

  private static void table(StringBuilder sb, Counts actors, Counts time, Counts root, Counts exact, Counts quotes, int violations) {
    sb.append(String.format(Locale.ROOT, "  %-14s %6s %6s %6s %6s %7s %8s %9s %6s%n",
        "layer", "P", "R", "F1", "attr", "system", "correct", "required", "found"));
    row(sb, "actors", actors, true);
    row(sb, "time", time, true);
    row(sb, "events root", root, false);
    row(sb, "events exact", exact, false);
    row(sb, "quotes", quotes, true);
    sb.append("  violations: ").append(violations).append('\n');
  }

  private static void row(StringBuilder sb, String name, Counts c, boolean accuracy) {
    if (c == null) {
      sb.append(String.format(Locale.ROOT, "  %-14s not in gold%n", name));
      return;
    }
    sb.append(String.format(Locale.ROOT, "  %-14s %6s %6s %6s %6s %7d %8d %9d %6d%n", name,
        fmt(c.precision()), fmt(c.recall()), fmt(c.f1()), accuracy ? fmt(c.accuracy()) : "", c.system(),
        c.systemCorrect(), c.required(), c.requiredFound()));
  }

  private static String fmt(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static void details(StringBuilder sb, String name, LayerScore s) {
    if (s == null) {
      return;
    }
    for (String m : s.missed()) {
      sb.append("  ").append(name).append(" MISSED: ").append(m).append('\n');
    }
    for (String u : s.unmatched()) {
      sb.append("  ").append(name).append(" UNMATCHED: ").append(u).append('\n');
    }
    for (String w : s.wrong()) {
      sb.append("  ").append(name).append(" WRONG: ").append(w).append('\n');
    }
  }
}
