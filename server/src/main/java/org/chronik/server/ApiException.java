package org.chronik.server;

/** A request the API refuses, with the HTTP status to answer and a message naming the parameter. */
public final class ApiException extends RuntimeException {
  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public static ApiException badParameter(String name, String value, String expected) {
    return new ApiException(400, "bad value for parameter " + name + ": \"" + Params.clip(value) + "\" (" + expected + ")");
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, what + " not found");
  }

  public int status() {
    return status;
  }
}
