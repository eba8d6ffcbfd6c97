package org.chronik.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.chronik.model.Article;

/**
 * The one entry point for reading inputs: files, directories (recursive, sorted) and {@code -} for
 * stdin. Every input yields articles or one error line each, so one bad file never stops a batch.
 */
public final class Readers {
  /** The name stdin goes by in sources and error lines. */
  public static final String STDIN = "stdin";

  private Readers() {}

  /** Reads the inputs lazily, in the order given; directories in sorted path order. */
  public static Stream<ReadResult> read(List<String> paths, ReadOptions options) {
    return read(paths, options, System.in);
  }

  static Stream<ReadResult> read(List<String> paths, ReadOptions options, InputStream stdin) {
    return paths.stream().flatMap(p -> p.equals("-") ? readStdin(stdin, options) : readPath(Path.of(p), options));
  }

  private static Stream<ReadResult> readPath(Path path, ReadOptions options) {
    if (!Files.isDirectory(path)) {
      return readFile(path, Format.ofName(path.toString()), options);
    }
    List<Path> files;
    try {
      files = InputPaths.readableFiles(path);
    } catch (IOException | UncheckedIOException e) {
      return Stream.of(ReadResult.failed(path + ": cannot list directory: " + e.getMessage()));
    }
    if (files.isEmpty()) {
      return Stream.of(ReadResult.failed(path + ": no " + Format.extensionList() + " files in this directory"));
    }
    return files.stream().flatMap(f -> readFile(f, Format.ofName(f.toString()), options));
  }

  private static Stream<ReadResult> readFile(Path file, Format format, ReadOptions options) {
    try {
      String content = InputFiles.read(file, options.maxBytes());
      return parse(content, file.toString(), format != null ? format : Format.ofContent(content), options);
    } catch (InputException e) {
      return Stream.of(ReadResult.failed(e));
    }
  }

  /**
   * One input already opened elsewhere (a file of a Hadoop file system, an archive entry): read as
   * a file of that name is, with the size limit, strict UTF-8 and the format by extension, else by
   * content.
   */
  public static Stream<ReadResult> read(String name, InputStream in, ReadOptions options) {
    try {
      String content = InputFiles.read(in, name, options.maxBytes());
      Format format = Format.ofName(name);
      return parse(content, name, format != null ? format : Format.ofContent(content), options);
    } catch (InputException e) {
      return Stream.of(ReadResult.failed(e));
    }
  }

  private static Stream<ReadResult> readStdin(InputStream stdin, ReadOptions options) {
    try {
      String content = InputFiles.read(stdin, STDIN, options.maxBytes());
      // CSV cannot be told from text by its first character: stdin is CSV when the user named its columns
      return parse(content, STDIN, options.csv().given() ? Format.CSV : Format.ofContent(content), options);
    } catch (InputException e) {
      return Stream.of(ReadResult.failed(e));
    }
  }

  private static Stream<ReadResult> parse(String content, String name, Format format, ReadOptions options) {
    try {
      Stream<ReadResult> results = switch (format) {
        case TEXT -> Stream.of(ReadResult.of(SeedFormat.looksLike(content)
            ? SeedFormat.parse(content, name) : PlainText.parse(content, name)));
        case JSON_LINES -> JsonLines.parse(content, name).stream();
        case HTML -> Stream.of(ReadResult.of(HtmlArticles.parse(content, name)));
        case CSV -> CsvArticles.parse(content, name, options.csv()).stream();
      };
      return results.map(r -> r.ok() ? ReadResult.of(dated(r.article(), options)) : r);
    } catch (InputException e) {
      return Stream.of(ReadResult.failed(e));
    } catch (RuntimeException e) {
      // a parser bug on one strange input must not end the batch; the line still names the input
      return Stream.of(ReadResult.failed(name + ": cannot parse: " + e));
    }
  }

  /** Falls back to the --date option; an article still without a date is marked undated. */
  static Article dated(Article a, ReadOptions options) {
    if (a.creationDate() != null) {
      return a;
    }
    if (options.date() != null) {
      return a.withCreationDate(options.date());
    }
    Map<String, String> metadata = new HashMap<>(a.metadata());
    metadata.put("undated", "true");
    return new Article(a.id(), a.source(), a.url(), null, a.title(), a.body(), a.language(), a.byline(),
        a.credits(), metadata);
  }

  /** True for a file a directory walk reads: one with the extension of an input format. */
  public static boolean readable(String fileName) {
    return Format.ofName(fileName) != null;
  }

  /** Input formats, known by file extension, or by the first character when there is none (stdin). */
  enum Format {
    TEXT(".txt"), JSON_LINES(".jsonl"), HTML(".html", ".htm"), CSV(".csv", ".tsv");

    private final List<String> extensions;

    Format(String... extensions) {
      this.extensions = List.of(extensions);
    }

    /** Every extension read inside directories, for messages: ".txt, .jsonl, .html, .htm, .csv or .tsv". */
    static String extensionList() {
      List<String> all = java.util.Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList();
      return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }

    static Format ofName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      for (Format format : values()) {
        if (format.extensions.stream().anyMatch(lower::endsWith)) {
          return format;
        }
      }
      return null;
    }

    static Format ofContent(String content) {
      String start = content.stripLeading();
      return start.startsWith("{") ? JSON_LINES : start.startsWith("<") ? HTML : TEXT;
    }
  }
}
