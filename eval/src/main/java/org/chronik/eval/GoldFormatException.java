package org.chronik.eval;

/** A gold file that cannot be scored: the message names the file and the item. */
public final class GoldFormatException extends RuntimeException {
  public GoldFormatException(String file, String item, String problem) {
    super(file + ": " + (item == null ? "" : item + ": ") + problem);
  }
}
