package org.chronik.wikidata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/** The fixture dump (about 40 entities in Wikidata's shape, written for these tests) and its mapping. */
final class Fixture {
  static final ImportOptions OPTIONS = new ImportOptions(1990, List.of("de", "en"), 2);

  private Fixture() {}

  /** The fixture as a file named {@code name} in {@code dir}, compressed as the name says. */
  static Path dump(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = Fixture.class.getResourceAsStream("/wikidata/fixture-dump.json");
        OutputStream out = compressed(file)) {
      in.transferTo(out);
    }
    return file;
  }

  static Path offices(Path dir) throws IOException {
    Path file = dir.resolve("offices.tsv");
    try (InputStream in = Fixture.class.getResourceAsStream("/wikidata/offices.tsv")) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  /** Imports the fixture into {@code out}; merged with the built-in curated files when asked. */
  static WikidataImport.Result run(Path dir, String name, Path out, boolean merge) throws IOException {
    WikidataImport importer = new WikidataImport(OPTIONS, offices(dir), null);
    return importer.fromDump(dump(dir, name).toString(), out, null, merge, new PrintStream(OutputStream.nullOutputStream()), 60);
  }

  private static OutputStream compressed(Path file) throws IOException {
    OutputStream raw = Files.newOutputStream(file);
    String name = file.getFileName().toString();
    if (name.endsWith(".gz")) {
      return new GZIPOutputStream(raw);
    }
    if (name.endsWith(".bz2")) {
      return new BZip2CompressorOutputStream(raw);
    }
    return raw;
  }
}
