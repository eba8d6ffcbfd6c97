package org.chronik.cli;

import java.util.ArrayList;
import java.util.List;
import org.chronik.ingest.ReadOptions;
import org.chronik.ingest.ReadResult;
import org.chronik.ingest.Readers;
import org.chronik.model.Article;
import org.chronik.model.PartialDate;

/** Reads the articles named on a command line; reports each bad input on stderr and goes on. */
record Inputs(List<Article> articles, int failures) {
  static Inputs read(List<String> paths, String date, CsvOptions csv) {
    ReadOptions options = options(date, csv);
    List<Article> articles = new ArrayList<>();
    int failures = 0;
    for (ReadResult result : (Iterable<ReadResult>) Readers.read(paths, options)::iterator) {
      if (result.ok()) {
        articles.add(result.article());
      } else {
        System.err.println(result.error());
        failures++;
      }
    }
    return new Inputs(articles, failures);
  }

  /** Read options from --date and the --csv-… columns (either may be absent). */
  static ReadOptions options(String date, CsvOptions csv) {
    ReadOptions options = ReadOptions.defaults();
    if (date != null) {
      try {
        options = options.withDate(PartialDate.parse(date));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--date: " + e.getMessage());
      }
    }
    return csv == null ? options : options.withCsv(csv.columns());
  }
}
