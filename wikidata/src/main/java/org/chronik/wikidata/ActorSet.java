package org.chronik.wikidata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chronik.pipeline.actors.ActorFileKind;
import org.chronik.pipeline.actors.ActorFileRow;

/** Rows of actor files by kind: read from the built-in files, a folder or a file; written one file per kind. */
final class ActorSet {
  private final Map<ActorFileKind, List<ActorFileRow>> rows = new EnumMap<>(ActorFileKind.class);

  ActorSet() {
    for (ActorFileKind kind : ActorFileKind.values()) {
      rows.put(kind, new ArrayList<>());
    }
  }

  List<ActorFileRow> rows(ActorFileKind kind) {
    return rows.get(kind);
  }

  void add(ActorFileRow row) {
    rows.get(row.kind()).add(row);
  }

  int size() {
    return rows.values().stream().mapToInt(List::size).sum();
  }

  /** The built-in (curated) files. */
  static ActorSet builtIn(List<String> warnings) {
    ActorSet set = new ActorSet();
    for (ActorFileKind kind : ActorFileKind.values()) {
      ActorFileRow.readBuiltIn(kind, warnings).forEach(set::add);
    }
    return set;
  }

  /** Every {@code .tsv} file of a folder (sorted by name), or one file. */
  static ActorSet read(Path path, List<String> warnings) {
    ActorSet set = new ActorSet();
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> list = Files.list(path)) {
        files = list.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
      }
    } else if (Files.isRegularFile(path)) {
      files = List.of(path);
    } else {
      throw new UncheckedIOException(new IOException("no actor files at " + path));
    }
    for (Path file : files) {
      ActorFileRow.read(file, warnings).forEach(set::add);
    }
    return set;
  }

  /**
   * Writes {@code <kind>.tsv} for every kind into {@code folder}, each with a header line naming its
   * columns and the wikidata column. Each file goes to a temporary name first and is then moved in
   * place, so a failed run leaves no half-written file.
   */
  List<Path> write(Path folder, String comment) throws IOException {
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (ActorFileKind kind : ActorFileKind.values()) {
      Path target = folder.resolve(kind.fileName());
      Path temporary = folder.resolve(kind.fileName() + ".part");
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        out.write("# " + comment + "\n");
        out.write(String.join("\t", kind.columns()) + "\t" + ActorFileKind.WIKIDATA + "\n");
        for (ActorFileRow row : rows.get(kind)) {
          out.write(String.join("\t", row.fields()) + "\t" + (row.wikidata() == null ? "" : row.wikidata()) + "\n");
        }
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      written.add(target);
    }
    return written;
  }
}
