package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the project's examples and the workplace's shared folder are, for tests. */
final class SharedTestEnvironment {
  private SharedTestEnvironment() {}

  /** The repository root (the parent of this module). */
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("examples")) ? here : here.getParent();
  }

  static Path examples() {
    return root().resolve("examples");
  }

  /** ../shared beside the repository; fails when CI=true and it is missing, else skips. */
  static Path shared() {
    String property = System.getProperty("chronik.shared");
    Path shared = property != null ? Path.of(property) : root().resolve("../shared");
    if (!Files.isDirectory(shared.resolve("seeds"))) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("../shared is missing at " + shared.toAbsolutePath().normalize() + " (required when CI=true)");
      }
      Assumptions.abort("../shared not found at " + shared);
    }
    return shared.normalize();
  }
}
