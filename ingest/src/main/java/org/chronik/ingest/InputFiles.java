package org.chronik.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads one input as UTF-8 text, refusing what is not text: too large, binary, badly encoded or empty. */
final class InputFiles {
  private InputFiles() {}

  static String read(Path path, long maxBytes) {
    String name = path.toString();
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new InputException(name, "file too large: " + size + " bytes (limit " + maxBytes + ")");
      }
      return decode(Files.readAllBytes(path), name);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name, "cannot read file: permission denied");
    } catch (FileSystemException e) {
      // the reason alone: the message would repeat the path
      throw new InputException(name, "cannot read file: " + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()));
    } catch (IOException e) {
      throw new InputException(name, "cannot read file: " + e.getMessage());
    }
  }

  static String read(InputStream in, String name, long maxBytes) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new InputException(name, "input too large: more than " + maxBytes + " bytes");
      }
      return decode(bytes, name);
    } catch (IOException e) {
      throw new InputException(name, "cannot read input: " + e.getMessage());
    }
  }

  /** Strict UTF-8: a replacement character would silently corrupt names and shift nothing we could report. */
  static String decode(byte[] bytes, String name) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputException(name, "binary content (NUL byte at offset " + i + "), not a text file");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InputException(name, "invalid UTF-8 at byte offset " + in.position());
    }
    decoder.flush(out);
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // byte order mark
    }
    if (text.isBlank()) {
      throw new InputException(name, "empty file");
    }
    return text;
  }
}
