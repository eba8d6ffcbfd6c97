package org.chronik.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.chronik.ingest.Readers;

/**
 * The input paths as files of each kind, on any Hadoop file system (local, HDFS, S3A). Paths may
 * be globs; directories are walked recursively, skipping hidden files ({@code _…}, {@code .…}) and
 * files of no input format. A file named directly is read whatever its extension.
 */
final class InputFiles {
  enum Kind {
    /** one article per line, split across tasks by Hadoop; .gz and .bz2 are decompressed */
    JSON_LINES,
    /** a table with the JSON Lines fields as columns */
    PARQUET,
    /** one input per file: seed format, plain text, HTML, as {@code chronik ingest} reads them */
    WHOLE_FILES
  }

  private InputFiles() {}

  static Map<Kind, List<String>> list(List<String> inputs, Configuration conf) {
    Map<Kind, List<String>> files = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      files.put(kind, new ArrayList<>());
    }
    for (String input : inputs) {
      Path path = new Path(input);
      try {
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          throw new IllegalArgumentException(input + ": no such file or directory");
        }
        for (FileStatus match : matches) {
          if (match.isFile()) {
            Kind kind = kindOf(match.getPath().getName());
            files.get(kind != null ? kind : Kind.WHOLE_FILES).add(match.getPath().toString());
            continue;
          }
          RemoteIterator<LocatedFileStatus> walk = fs.listFiles(match.getPath(), true);
          while (walk.hasNext()) {
            Path file = walk.next().getPath();
            Kind kind = hidden(file, match.getPath()) ? null : kindOf(file.getName());
            if (kind != null) {
              files.get(kind).add(file.toString());
            }
          }
        }
      } catch (IOException e) {
        throw new IllegalArgumentException(input + ": cannot list: " + e.getMessage(), e);
      }
    }
    if (files.values().stream().allMatch(List::isEmpty)) {
      throw new IllegalArgumentException(String.join(", ", inputs) + ": no .jsonl, .parquet, .txt or .html files");
    }
    return files;
  }

  /** The kind a file's name says, or null when it is none of the input formats. */
  static Kind kindOf(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".parquet")) {
      return Kind.PARQUET;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz") || lower.endsWith(".jsonl.bz2")) {
      return Kind.JSON_LINES;
    }
    return Readers.readable(java.nio.file.Path.of(name).getFileName().toString()) ? Kind.WHOLE_FILES : null;
  }

  /** Spark's and Hadoop's convention: names starting with _ or . below the root are not data. */
  private static boolean hidden(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      if (p.getName().startsWith("_") || p.getName().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
