package org.chronik.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The store folder a benchmark or generator writes: the one the user named with --store, or a
 * temporary one removed afterwards. Synthetic data never goes into ./chronik-data by default.
 */
final class ScratchFolder implements AutoCloseable {
  final Path path;
  final boolean temporary;

  private ScratchFolder(Path path, boolean temporary) {
    this.path = path;
    this.temporary = temporary;
  }

  static ScratchFolder of(Path named, String prefix) {
    if (named != null) {
      return new ScratchFolder(named, false);
    }
    try {
      return new ScratchFolder(Files.createTempDirectory(prefix), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary store folder: " + e.getMessage(), e);
    }
  }

  /** "a temporary store (removed afterwards)" or the folder's name. */
  String describe() {
    return temporary ? "a temporary store (" + path + ", removed afterwards)" : path.toString();
  }

  @Override
  public void close() {
    if (!temporary) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("chronik: could not remove " + path + ": " + e.getMessage());
    }
  }
}
