package org.chronik.wikidata;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Opens a dump: {@code .json.gz}, {@code .json.bz2}, plain {@code .json}, or {@code -} for an
 * uncompressed stream on stdin (for a parallel decompressor such as lbzip2 in front). Counts the
 * bytes read from the file, so progress can say how much of it is done.
 */
final class DumpInput {
  private static final int BUFFER = 1 << 20;

  private final String name;
  private final long size;
  private final AtomicLong read = new AtomicLong();
  private final InputStream stream;

  private DumpInput(String name, long size, InputStream raw, Compression compression) throws IOException {
    this.name = name;
    this.size = size;
    InputStream counted = new BufferedInputStream(new Counting(raw, read), BUFFER);
    this.stream = switch (compression) {
      case GZIP -> new GZIPInputStream(counted, BUFFER);
      case BZIP2 -> new BZip2CompressorInputStream(counted, true);
      case NONE -> counted;
    };
  }

  enum Compression { GZIP, BZIP2, NONE }

  static DumpInput open(String dump) throws IOException {
    if (dump.equals("-")) {
      return new DumpInput("stdin", -1, System.in, Compression.NONE);
    }
    Path path = Path.of(dump);
    if (!Files.isRegularFile(path)) {
      throw new IOException("no dump file " + dump);
    }
    return new DumpInput(dump, Files.size(path), Files.newInputStream(path), compression(dump));
  }

  static Compression compression(String name) {
    if (name.endsWith(".gz")) {
      return Compression.GZIP;
    }
    if (name.endsWith(".bz2")) {
      return Compression.BZIP2;
    }
    return Compression.NONE;
  }

  String name() {
    return name;
  }

  /** Bytes of the file (compressed), or -1 for stdin. */
  long size() {
    return size;
  }

  /** Bytes of the file read so far. */
  long bytesRead() {
    return read.get();
  }

  /** The decompressed entity lines. */
  InputStream stream() {
    return stream;
  }

  void close() throws IOException {
    stream.close();
  }

  private static final class Counting extends FilterInputStream {
    private final AtomicLong count;

    Counting(InputStream in, AtomicLong count) {
      super(in);
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }
}
