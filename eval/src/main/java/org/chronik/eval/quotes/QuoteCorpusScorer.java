package org.chronik.eval.quotes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronik.model.Mention;
import org.chronik.model.Quote;
import org.chronik.model.QuoteType;
import org.chronik.model.Span;

/**
 * Scores quotations against the Wikinews quotation corpus by span overlap, per corpus type.
 * Chronik DIRECT and PARTIAL count as the corpus type Direct (the corpus marks quoted fragments as
 * Direct too), INDIRECT as Indirect, REPORTED as Reported. A system quotation is correct when it
 * overlaps a gold quotation of its mapped type; a gold quotation is found when a system quotation of
 * its mapped type overlaps it. The corpus types FreeIndirect and IndirectFreeIndirect have no Chronik
 * counterpart: for them only the share overlapped by any system quotation is given, and a lenient
 * "indirect, any" row scores INDIRECT and REPORTED against all four indirect types together. Speaker accuracy is over correct
 * system quotations whose gold quotation names a speaker: right when the speaker span overlaps a gold
 * speaker span, or a mention of the linked speaker actor does, or the gold speaker words contain the
 * speaker actor's name (a pronoun resolved to a person named earlier).
 */
public final class QuoteCorpusScorer {
  public static final List<String> TYPES = List.of("Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect");
  static final String ANY_INDIRECT = "Indirect, any";
  private static final Set<String> INDIRECT_TYPES = Set.of("Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect");
  /** Corpus types with a Chronik counterpart, scored with precision and speakers. */
  private static final Set<String> SCORED = Set.of("Direct", "Indirect", "Reported");

  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private int documents;

  public QuoteCorpusScorer() {
    for (String type : TYPES) {
      tallies.put(type, new Tally());
    }
    tallies.put(ANY_INDIRECT, new Tally());
  }

  /** The corpus type a Chronik quotation is scored as. */
  public static String corpusType(QuoteType type) {
    return switch (type) {
      case INDIRECT -> "Indirect";
      case REPORTED -> "Reported";
      default -> "Direct";
    };
  }

  /** A Chronik type of the lenient "indirect, any" row. */
  private static boolean anyIndirect(QuoteType type) {
    return type == QuoteType.INDIRECT || type == QuoteType.REPORTED;
  }

  /** A quotation in quotation marks. */
  private static boolean direct(QuoteType type) {
    return type == QuoteType.DIRECT || type == QuoteType.PARTIAL;
  }

  public void add(QuoteCorpusDocument doc, List<Quote> quotes, List<Mention> mentions) {
    documents++;
    for (GoldQuote gold : doc.quotes()) {
      Tally t = tallies.get(gold.type());
      if (t == null) {
        continue;
      }
      t.gold++;
      boolean mappedType = SCORED.contains(gold.type());
      boolean found = quotes.stream().anyMatch(q -> gold.overlaps(q.span()) && (!mappedType || corpusType(q.type()).equals(gold.type())));
      t.found += found ? 1 : 0;
      if (INDIRECT_TYPES.contains(gold.type())) {
        Tally any = tallies.get(ANY_INDIRECT);
        any.gold++;
        any.found += quotes.stream().anyMatch(q -> anyIndirect(q.type()) && gold.overlaps(q.span())) ? 1 : 0;
      }
    }
    for (Quote q : quotes) {
      String type = corpusType(q.type());
      score(tallies.get(type), q, best(doc, q, Set.of(type)), mentions, doc.text());
      if (anyIndirect(q.type())) {
        score(tallies.get(ANY_INDIRECT), q, best(doc, q, INDIRECT_TYPES), mentions, doc.text());
      }
    }
  }

  private static void score(Tally t, Quote q, GoldQuote gold, List<Mention> mentions, String text) {
    t.system++;
    if (gold == null) {
      return;
    }
    t.correct++;
    if (gold.speaker().isEmpty()) {
      return;
    }
    t.speakerJudged++;
    t.speakerRight += speakerRight(q, gold, mentions, text) ? 1 : 0;
  }

  static boolean speakerRight(Quote q, GoldQuote gold, List<Mention> mentions, String text) {
    if (q.speakerSpan() != null && gold.speakerOverlaps(q.speakerSpan())) {
      return true;
    }
    if (q.speaker() == null) {
      return false;
    }
    if (text != null && q.speaker().name() != null && gold.speakerText(text).contains(q.speaker().name().toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    for (Mention m : mentions) {
      if (m.actor() != null && q.speaker().id().equals(m.actor().id()) && gold.speakerOverlaps(m.span())) {
        return true;
      }
    }
    return false;
  }

  /** The gold quotation of one of the types that overlaps the system one most, or null. */
  private static GoldQuote best(QuoteCorpusDocument doc, Quote q, Set<String> types) {
    GoldQuote best = null;
    int bestOverlap = 0;
    for (GoldQuote g : doc.quotes()) {
      if (!types.contains(g.type())) {
        continue;
      }
      int overlap = 0;
      for (Span s : g.spans()) {
        overlap += Math.max(0, Math.min(s.end(), q.span().end()) - Math.max(s.begin(), q.span().begin()));
      }
      if (overlap > bestOverlap) {
        best = g;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  /** Lines describing the Direct quotations missed, the wrong ones and wrong speakers in one document, for development. */
  public static List<String> problems(QuoteCorpusDocument doc, List<Quote> quotes, List<Mention> mentions) {
    List<String> lines = new java.util.ArrayList<>();
    String text = doc.text();
    for (GoldQuote g : doc.quotes()) {
      if (g.type().equals("Direct") && quotes.stream().noneMatch(q -> direct(q.type()) && g.overlaps(q.span()))) {
        lines.add(doc.name() + ": missed Direct: " + excerpt(text, g.spans().get(0)));
      }
    }
    for (Quote q : quotes) {
      if (!direct(q.type())) {
        continue;
      }
      GoldQuote g = best(doc, q, Set.of("Direct"));
      if (g == null) {
        lines.add(doc.name() + ": wrong " + q.type() + ": " + excerpt(text, q.span()));
      } else if (!g.speaker().isEmpty() && !speakerRight(q, g, mentions, text)) {
        lines.add(doc.name() + ": speaker " + (q.speakerSpan() == null ? null : excerpt(text, q.speakerSpan())) + " (gold "
            + excerpt(text, g.speaker().get(0)) + ") for " + excerpt(text, q.span()));
      }
    }
    return lines;
  }

  private static String excerpt(String text, Span span) {
    int b = Math.max(0, span.begin() - 40);
    int e = Math.min(text.length(), span.end() + 25);
    String head = text.substring(b, span.begin());
    String body = span.length() > 80 ? text.substring(span.begin(), span.begin() + 50) + " … " : text.substring(span.begin(), span.end());
    return (head + "[" + body + "]" + text.substring(span.end(), e)).replace('\n', ' ');
  }

  public QuoteCorpusScore score() {
    Map<String, QuoteCorpusScore.Row> rows = new LinkedHashMap<>();
    tallies.forEach((type, t) -> rows.put(type, new QuoteCorpusScore.Row(type, t.gold, t.found, t.system, t.correct, t.speakerJudged, t.speakerRight,
        SCORED.contains(type) || type.equals(ANY_INDIRECT))));
    return new QuoteCorpusScore(documents, rows);
  }

  private static final class Tally {
    int gold;
    int found;
    int system;
    int correct;
    int speakerJudged;
    int speakerRight;
  }
}
