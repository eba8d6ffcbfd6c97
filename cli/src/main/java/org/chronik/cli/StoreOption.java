package org.chronik.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --store option every store command shares. */
final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "chronik-data",
      description = "Store folder (DuckDB file and search index); default: ${DEFAULT-VALUE}.")
  Path folder;

  /** An enum option value, case-insensitive, or one line naming the option and the choices. */
  static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new IllegalArgumentException(option + ": \"" + value + "\" is not one of "
        + java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList());
  }
}
