package org.chronik.ingest;

/** A problem with one input: its message is one line naming the input and the problem. */
public final class InputException extends RuntimeException {
  private final String input;

  public InputException(String input, String problem) {
    super(input + ": " + problem);
    this.input = input;
  }

  public String input() {
    return input;
  }
}
