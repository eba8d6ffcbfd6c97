package org.chronik.eval;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds ../shared for tests: fails when it is missing and CI=true, otherwise skips the test. */
public final class SharedData {
  private SharedData() {}

  public static Path folder(String relative) {
    String shared = System.getProperty("chronik.shared");
    Path path = shared == null ? null : Path.of(shared).resolve(relative);
    if (path == null || !Files.exists(path)) {
      String why = "shared data " + (path == null ? "(system property chronik.shared unset)" : path) + " is missing";
      if ("true".equals(System.getenv("CI"))) {
        fail(why);
      }
      Assumptions.assumeTrue(false, why);
    }
    return path;
  }
}
