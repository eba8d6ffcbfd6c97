package org.chronik.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.AnnotatedDocument;
import org.chronik.model.ActorRef;
import org.chronik.model.Event;
import org.chronik.model.Furniture;
import org.chronik.model.Layer;
import org.chronik.model.Mention;
import org.chronik.model.Quote;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.TimeExpression;
import org.chronik.model.Token;

/** Golden-file text per layer: one annotation per line with offsets and covered text; CoNLL-U for parses. */
final class GoldenLines {
  private GoldenLines() {}

  /** File name → content for every layer the document has. */
  static Map<String, String> of(AnnotatedDocument doc) {
    String body = doc.article().body();
    Map<String, String> files = new LinkedHashMap<>();
    doc.find(Layer.CLEAN).ifPresent(clean -> {
      List<String> lines = new ArrayList<>();
      for (Furniture f : clean.furniture()) {
        lines.add(line(f.span(), "Furniture(" + f.kind() + ")", body));
      }
      lines.add("dateline place=" + clean.datelinePlace() + " agency=" + clean.datelineAgency());
      files.put("clean.txt", String.join("\n", lines) + "\n");
    });
    doc.find(Layer.SENTENCES).ifPresent(sentences -> files.put("sentences.conllu", conllu(sentences)));
    doc.find(Layer.TIMEX).ifPresent(list -> files.put("timex.txt", join(list.stream()
        .map((TimeExpression t) -> line(t.span(), "Timex(" + t.type() + " " + t.value() + (t.mod() == null ? "" : " " + t.mod()) + ")", body)).toList())));
    doc.find(Layer.MENTIONS).ifPresent(list -> files.put("mentions.txt", join(list.stream()
        .map((Mention m) -> line(m.span(), "Mention(" + actor(m.actor()) + " " + m.kind() + ")", body)).toList())));
    doc.find(Layer.QUOTES).ifPresent(list -> files.put("quotes.txt", join(list.stream()
        .map((Quote q) -> line(q.span(), "Quote(" + q.type() + " speaker=" + actor(q.speaker()) + " source=" + actor(q.source()) + ")", body)).toList())));
    doc.find(Layer.EVENTS).ifPresent(list -> files.put("events.txt", join(list.stream()
        .map((Event e) -> line(e.trigger() == null ? e.evidence() : e.trigger(), "Event(" + e.code().code() + " " + actor(e.source()) + " -> " + actor(e.target())
            + (e.symmetric() ? " symmetric" : "") + " date=" + e.date() + " " + e.modality() + " rule=" + e.rule() + ")", body)).toList())));
    return files;
  }

  private static String actor(ActorRef ref) {
    return ref == null ? "-" : ref.country() + ":" + ref.name().replace(' ', '_');
  }

  private static String line(Span span, String what, String body) {
    String covered = span.of(body).replaceAll("\\s+", " ");
    return String.format("[%5d,%5d]%s (%s)", span.begin(), span.end(), what, covered);
  }

  private static String join(List<String> lines) {
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  private static String conllu(List<Sentence> sentences) {
    StringBuilder sb = new StringBuilder();
    for (Sentence s : sentences) {
      sb.append("# sent_id = ").append(s.index()).append(" span=").append(s.span()).append('\n');
      for (Token t : s.tokens()) {
        sb.append(t.index() + 1).append('\t').append(t.text()).append('\t').append(t.lemma()).append('\t')
            .append(t.upos()).append('\t').append(t.xpos() == null ? "_" : t.xpos()).append('\t').append("_").append('\t')
            .append(t.head() + 1).append('\t').append(t.deprel()).append('\t').append("_").append('\t')
            .append("Span=").append(t.begin()).append(':').append(t.end()).append("|NER=").append(t.ner()).append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
