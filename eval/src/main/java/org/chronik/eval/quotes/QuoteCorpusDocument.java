package org.chronik.eval.quotes;

import java.util.List;
import org.chronik.model.PartialDate;

/** One article of the quotation corpus: its text, date (from the file name) and gold quotations. */
public record QuoteCorpusDocument(String name, PartialDate date, String text, List<GoldQuote> quotes) {
  public QuoteCorpusDocument {
    quotes = List.copyOf(quotes);
  }
}
