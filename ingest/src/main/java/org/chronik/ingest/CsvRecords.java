package org.chronik.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text in one dialect: a separator and a quote character. A quoted field may
 * hold separators, line breaks and the quote doubled; a quote inside an unquoted field is text.
 * {@link #detect} finds the dialect: the separator that gives most of the first {@link #SAMPLE_ROWS}
 * records one number of fields (at least two; a stray bad record is the reader's to report), and of
 * the quote characters the one that gives the most records that number, then the one that opens
 * more fields (10kGNAD quotes with ' only texts that hold a ';', and many texts open with a ").
 */
record CsvRecords(char separator, char quote) {
  /** One record: its fields and the line it starts on. */
  record Row(int line, List<String> fields) {}

  private static final char[] SEPARATORS = {';', ',', '\t'};
  private static final char[] QUOTES = {'"', '\''};
  private static final int SAMPLE_ROWS = 50;

  /**
   * The dialect of {@code content}, or null when no separator gives records of one width. A quote
   * character that opens a field and is never closed is an error naming its line, not a reason to
   * read the file with the other quote character (which would keep the stray quote as text).
   */
  static CsvRecords detect(String content, String name, boolean tabSeparated) {
    for (char separator : tabSeparated ? new char[] {'\t'} : SEPARATORS) {
      CsvRecords best = null;
      long bestFitting = -1;
      int bestOpened = -1;
      InputException unclosed = null;
      for (char quote : QUOTES) {
        CsvRecords dialect = new CsvRecords(separator, quote);
        int opened = dialect.quotesOpened(content);
        List<Row> rows;
        try {
          rows = dialect.parse(content, name);
        } catch (InputException e) {
          unclosed = opened > 0 && unclosed == null ? e : unclosed;
          continue;
        }
        int width = width(rows);
        List<Row> sample = rows.subList(0, Math.min(SAMPLE_ROWS, rows.size()));
        long sampleFitting = sample.stream().filter(r -> r.fields().size() == width).count();
        long fitting = rows.stream().filter(r -> r.fields().size() == width).count();
        boolean usable = width >= 2 && sampleFitting * 5 >= sample.size() * 4;
        if (usable && (fitting > bestFitting || fitting == bestFitting && opened > bestOpened)) {
          best = dialect;
          bestFitting = fitting;
          bestOpened = opened;
        }
      }
      if (best != null && unclosed != null && bestOpened == 0) {
        throw unclosed; // the other quote character opens a field it never closes
      }
      if (best != null) {
        return best; // the first separator that works wins: ';' before ',' (German CSV), ',' before tab
      }
    }
    return null;
  }

  /** The number of fields most of the first records have. */
  static int width(List<Row> rows) {
    java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
    for (Row r : rows.subList(0, Math.min(SAMPLE_ROWS, rows.size()))) {
      counts.merge(r.fields().size(), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(java.util.Map.Entry.<Integer, Integer>comparingByValue()
        .thenComparing(java.util.Map.Entry.comparingByKey())).map(java.util.Map.Entry::getKey).orElse(0);
  }

  /** How many fields of the text start with the quote character. */
  private int quotesOpened(String text) {
    int n = text.startsWith(String.valueOf(quote)) ? 1 : 0;
    for (int i = 1; i < text.length(); i++) {
      char before = text.charAt(i - 1);
      if (text.charAt(i) == quote && (before == separator || before == '\n')) {
        n++;
      }
    }
    return n;
  }

  /** Every record; blank lines are skipped. An unclosed quote fails naming the line it opened on. */
  List<Row> parse(String content, String name) {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStart = true;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == quote && i + 1 < content.length() && content.charAt(i + 1) == quote) {
          field.append(quote);
          i++;
        } else if (c == quote) {
          quoted = false;
        } else {
          field.append(c);
          line += c == '\n' ? 1 : 0;
        }
      } else if (c == quote && fieldStart) {
        quoted = true;
        quoteLine = line;
        fieldStart = false;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStart = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
          i++;
        }
        end(rows, fields, field, recordLine);
        line++;
        recordLine = line;
        fieldStart = true;
      } else {
        field.append(c);
        fieldStart = false;
      }
    }
    if (quoted) {
      throw new InputException(name + " line " + quoteLine, "a quoted field (opened with " + quote + ") is never closed");
    }
    end(rows, fields, field, recordLine);
    return rows;
  }

  private static void end(List<Row> rows, List<String> fields, StringBuilder field, int line) {
    fields.add(field.toString());
    field.setLength(0);
    boolean blank = fields.size() == 1 && fields.get(0).isBlank();
    if (!blank) {
      rows.add(new Row(line, List.copyOf(fields)));
    }
    fields.clear();
  }
}
