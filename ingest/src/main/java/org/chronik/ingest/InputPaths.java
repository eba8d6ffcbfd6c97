package org.chronik.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one directory walker: expands the directories among the inputs into the files inside them that
 * a reader reads (by {@link Readers#readable}), recursively and in sorted path order. Files and
 * {@code -} (stdin) stay as given. A directory that cannot be listed, or holds no readable file,
 * stays as given too, so the readers report it in one line.
 */
public final class InputPaths {
  private InputPaths() {}

  public static List<String> expand(List<String> inputs) {
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      Path path = Path.of(input);
      if (input.equals("-") || !Files.isDirectory(path)) {
        out.add(input);
        continue;
      }
      try {
        List<Path> inside = readableFiles(path);
        if (inside.isEmpty()) {
          out.add(input);
        } else {
          inside.forEach(f -> out.add(f.toString()));
        }
      } catch (IOException | UncheckedIOException e) {
        out.add(input);
      }
    }
    return out;
  }

  /** The readable files below a directory, sorted; throws when it cannot be listed. */
  static List<Path> readableFiles(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile).filter(Readers::readable).sorted().toList();
    }
  }
}
