package org.chronik.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Event ids that do not depend on the engine or the order rows were written in. */
public final class EventIds {
  private EventIds() {}

  /**
   * A stable positive 63-bit id from an article id and an event id within it: the first 8 bytes of
   * SHA-256 over "article:event". Part of the export format (GDELT's GLOBALEVENTID, events.global_event_id):
   * joins with earlier exports rely on it never changing.
   */
  public static long global(String articleId, String eventId) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest((articleId + ":" + eventId).getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (d[i] & 0xff);
      }
      return v & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
