package org.chronik.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The output folder and how a run reaches it. A run writes all its tables into
 * {@code _staging/RUN/}; only when every table is written does it mark the run complete and move
 * the files into place, month folder by month folder, the articles last. Articles are what the next
 * run skips, so an article is never counted as done before its events, mentions and quotes are in
 * place. A run that died while writing leaves only staging files, which the next run deletes; one
 * that died while moving is finished by the next run before it reads what is done.
 */
final class StagedOutput {
  static final String STAGING = "_staging";
  static final String COMPLETE = "_COMPLETE";

  private final Path root;
  private final FileSystem fs;

  StagedOutput(String output, Configuration conf) {
    Path path = new Path(output);
    try {
      this.fs = path.getFileSystem(conf);
      // qualified (scheme and absolute path), as the listed files are: a relative OUTPUT works too
      this.root = fs.makeQualified(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open output " + output + ": " + e.getMessage(), e);
    }
  }

  Path table(String name) {
    return new Path(root, name);
  }

  Path staging(String runId) {
    return new Path(new Path(root, STAGING), runId);
  }

  boolean exists(String table) {
    try {
      return fs.exists(table(table));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Finishes runs that were complete but not moved, and deletes runs that died while writing. */
  List<String> recover(List<String> tablesInMoveOrder) throws IOException {
    List<String> notes = new ArrayList<>();
    Path staging = new Path(root, STAGING);
    if (!fs.exists(staging)) {
      return notes;
    }
    for (FileStatus run : fs.listStatus(staging)) {
      if (fs.exists(new Path(run.getPath(), COMPLETE))) {
        int moved = commit(run.getPath().getName(), tablesInMoveOrder);
        notes.add("finished moving run " + run.getPath().getName() + " (" + moved + " files)");
      } else {
        fs.delete(run.getPath(), true);
        notes.add("deleted the files of unfinished run " + run.getPath().getName());
      }
    }
    return notes;
  }

  /** Marks a run's staged tables complete, then moves its files into place; returns the files moved. */
  int complete(String runId, List<String> tablesInMoveOrder) throws IOException {
    fs.create(new Path(staging(runId), COMPLETE), false).close();
    return commit(runId, tablesInMoveOrder);
  }

  private int commit(String runId, List<String> tablesInMoveOrder) throws IOException {
    int moved = 0;
    for (String table : tablesInMoveOrder) {
      Path from = new Path(staging(runId), table);
      if (!fs.exists(from)) {
        continue;
      }
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(from, true);
      List<Path> data = new ArrayList<>();
      while (files.hasNext()) {
        Path file = files.next().getPath();
        if (file.getName().endsWith(".parquet") && !file.getName().startsWith(".")) {
          data.add(file);
        }
      }
      for (Path file : data) {
        Path target = new Path(table(table), relative(from, file));
        fs.mkdirs(target.getParent());
        if (!fs.rename(file, target)) {
          throw new IOException("cannot move " + file + " to " + target);
        }
        moved++;
      }
    }
    fs.delete(staging(runId), true);
    return moved;
  }

  private static String relative(Path base, Path file) {
    String b = base.toUri().getPath();
    String f = file.toUri().getPath();
    return f.substring(b.length() + 1);
  }
}
