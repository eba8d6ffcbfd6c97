package org.chronik.cli;

import org.chronik.ingest.CsvColumns;
import picocli.CommandLine.Option;

/** --csv-text, --csv-date, --csv-title: the columns of CSV inputs, for the commands that read articles. */
final class CsvOptions {
  @Option(names = "--csv-text", paramLabel = "COL",
      description = "CSV inputs: the column of the article text, a header name or a number from 1 (default: a column named text,"
          + " body, content, …, or the second of a headerless label;text file such as 10kGNAD).")
  String text;

  @Option(names = "--csv-date", paramLabel = "COL", description = "CSV inputs: the column of the date (YYYY-MM-DD or YYYY-MM).")
  String date;

  @Option(names = "--csv-title", paramLabel = "COL", description = "CSV inputs: the column of the title.")
  String title;

  CsvColumns columns() {
    return new CsvColumns(text, date, title);
  }
}
