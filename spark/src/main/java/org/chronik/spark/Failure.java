package org.chronik.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A row the job could not turn into annotations: an input record it could not read, an article over
 * the size limit, or one the pipeline threw on. It goes to the {@code errors} table; the job goes on.
 *
 * @param input the file it came from
 * @param position where in the file ({@code byte 1234} of a JSON Lines file), or null for a whole file
 * @param articleId the article's id once it was read, else null
 * @param kind {@code read}, {@code size} or {@code annotate}
 * @param reason one line naming the input and the problem
 */
record Failure(String input, String position, String articleId, String kind, String reason) implements Serializable {
  static final String READ = "read";
  static final String SIZE = "size";
  static final String ANNOTATE = "annotate";

  Failure {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  /** Stable over runs, so a second run over the same input records the same error once. */
  String errorId() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {input, position, articleId, kind, reason}) {
        digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
