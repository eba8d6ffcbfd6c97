package org.chronik.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.chronik.model.PartialDate;
import org.chronik.model.Span;

/**
 * One gold file (format in shared/gold/README.md). A list the file does not have is null and is not
 * scored. Snippet items carry their span in the body once {@link #locate} has run.
 */
public record GoldDocument(
    String file,
    String document,
    PartialDate creationDate,
    String documentType,
    List<GoldActor> actors,
    List<GoldTime> timeExpressions,
    List<GoldEvent> events,
    List<NotEvent> notEvents,
    List<GoldQuote> quotes,
    List<NotQuote> notQuotes) {

  public record GoldActor(String name, List<String> aliases, String type, String country, String sector, boolean required) {
    /** True when {@code canonicalName} is the name or one of the aliases (folded). */
    public boolean isNamed(String canonicalName) {
      if (Names.same(name, canonicalName)) {
        return true;
      }
      return aliases.stream().anyMatch(a -> Names.same(a, canonicalName));
    }
  }

  public record GoldTime(String label, String text, int occurrence, String value, String mod, boolean required, Span span) {}

  public record GoldEvent(
      String id, String evidence, int occurrence, String source, String target, boolean symmetric,
      List<String> codes, PartialDate date, boolean required, Span span) {}

  public record NotEvent(String label, String evidence, int occurrence, String source, String target, String root, Span span) {}

  public record GoldQuote(String label, String begins, int occurrence, List<String> speaker, String speakerCountry, boolean required, Span span) {}

  public record NotQuote(String label, String text, int occurrence, Span span) {}

  /** A copy with another document type (for {@code chronik eval --document-type}). */
  public GoldDocument withDocumentType(String type) {
    return new GoldDocument(file, document, creationDate, type, actors, timeExpressions, events, notEvents, quotes, notQuotes);
  }

  /**
   * A copy with every snippet located in {@code body}; throws GoldFormatException naming the file
   * and the item whose snippet does not occur.
   */
  public GoldDocument locate(String body) {
    Snippets snippets = new Snippets(body);
    return new GoldDocument(file, document, creationDate, documentType, actors,
        each(timeExpressions, t -> new GoldTime(t.label(), t.text(), t.occurrence(), t.value(), t.mod(), t.required(),
            find(snippets, t.label(), t.text(), t.occurrence()))),
        each(events, e -> new GoldEvent(e.id(), e.evidence(), e.occurrence(), e.source(), e.target(), e.symmetric(),
            e.codes(), e.date(), e.required(), find(snippets, "events[" + e.id() + "]", e.evidence(), e.occurrence()))),
        each(notEvents, n -> new NotEvent(n.label(), n.evidence(), n.occurrence(), n.source(), n.target(), n.root(),
            find(snippets, n.label(), n.evidence(), n.occurrence()))),
        each(quotes, q -> new GoldQuote(q.label(), q.begins(), q.occurrence(), q.speaker(), q.speakerCountry(), q.required(),
            find(snippets, q.label(), q.begins(), q.occurrence()))),
        each(notQuotes, q -> new NotQuote(q.label(), q.text(), q.occurrence(), find(snippets, q.label(), q.text(), q.occurrence()))));
  }

  private Span find(Snippets snippets, String item, String snippet, int occurrence) {
    Span span = snippets.locate(snippet, occurrence);
    if (span == null) {
      String which = occurrence == 1 ? "" : " (occurrence " + occurrence + ")";
      throw new GoldFormatException(file, item, "snippet \"" + snippet + "\"" + which + " does not occur in the body of " + document);
    }
    return span;
  }

  private static <T> List<T> each(List<T> items, UnaryOperator<T> locate) {
    if (items == null) {
      return null;
    }
    List<T> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(locate.apply(item));
    }
    return List.copyOf(out);
  }
}
