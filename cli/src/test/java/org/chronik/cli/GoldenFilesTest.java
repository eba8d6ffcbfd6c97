package org.chronik.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chronik.ingest.SeedFormat;
import org.chronik.model.AnnotatedDocument;
import org.chronik.pipeline.Pipelines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files per layer for the bundled examples. Regenerate after an intended change with
 * {@code mvn -pl cli -am test -Dtest=GoldenFilesTest -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(SharedTestEnvironment.examples())) {
      List<Path> list = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      assertFalse(list.isEmpty(), "no examples found");
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void layersMatchGoldenFiles(Path example) throws IOException {
    String name = example.getFileName().toString().replaceFirst("\\.txt$", "");
    AnnotatedDocument doc = Pipelines.shared().apply(SeedFormat.parse(Files.readString(example), example.getFileName().toString()));
    Map<String, String> actual = GoldenLines.of(doc);
    Path dir = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(dir);
      try (Stream<Path> old = Files.list(dir)) {
        for (Path f : old.toList()) {
          Files.delete(f);
        }
      }
      for (Map.Entry<String, String> e : actual.entrySet()) {
        Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
      return;
    }
    assertTrue(Files.isDirectory(dir), "no golden files for " + name + ": run with -Dgolden.update=true");
    Set<String> expectedFiles;
    try (Stream<Path> files = Files.list(dir)) {
      expectedFiles = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
    }
    assertEquals(expectedFiles, actual.keySet(), "layers of " + name + " differ from the golden files");
    for (String file : expectedFiles) {
      assertEquals(Files.readString(dir.resolve(file)), actual.get(file), "golden " + name + "/" + file);
    }
  }
}
