package org.chronik.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Stable article ids: a hash of the normalized text and the source, so re-reading is idempotent. */
public final class ArticleIds {
  private ArticleIds() {}

  /** 16 hex digits of SHA-256 over NFC text with whitespace folded, and the source (may be null). */
  public static String of(String body, String source) {
    String normalized = Normalizer.normalize(body, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(normalized.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update((source == null ? "" : source).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
