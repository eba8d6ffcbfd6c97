package org.chronik.wikidata;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Streams a dump through all cores: one thread decompresses and cuts the stream into blocks of
 * whole lines (a few MB; a longer line gets a block of its own), the others split blocks into
 * lines, filter them raw, parse the few that pass and hand each entity to the harvest. Never holds
 * more than a few blocks per thread in memory.
 */
final class DumpReader {
  static final int BLOCK = 4 << 20;

  /** Whole lines in data[0, length); {@code index} numbers blocks so warnings can give a place. */
  private record Block(long index, byte[] data, int length) {}

  private static final Block END = new Block(-1, new byte[0], 0);

  private final RawFilter filter;
  private final EntityParser parser;
  private final ImportReport report;
  private final int threads;
  private final int blockSize;
  private final java.util.Map<Long, Integer> blockLines = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.List<Malformed> malformed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  private record Malformed(long block, int line, String problem) {}
  final AtomicLong entities = new AtomicLong();
  final AtomicLong bytes = new AtomicLong();

  DumpReader(RawFilter filter, EntityParser parser, ImportReport report, int threads) {
    this(filter, parser, report, threads, BLOCK);
  }

  /** {@code blockSize}: bytes a block starts with (tests use tiny blocks to cut lines across them). */
  DumpReader(RawFilter filter, EntityParser parser, ImportReport report, int threads, int blockSize) {
    this.blockSize = blockSize;
    this.filter = filter;
    this.parser = parser;
    this.report = report;
    this.threads = threads;
  }

  /** Reads {@code in} to its end, calling {@code sink} (thread-safe) for every parsed entity. */
  void read(InputStream in, String name, Consumer<Entity> sink) throws IOException {
    BlockingQueue<Block> queue = new ArrayBlockingQueue<>(threads * 2);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "wikidata-parser");
      t.setDaemon(true);
      return t;
    });
    Future<?>[] workers = new Future<?>[threads];
    for (int i = 0; i < threads; i++) {
      workers[i] = pool.submit(() -> work(queue, sink));
    }
    try {
      cut(in, queue, workers);
      for (int i = 0; i < threads; i++) {
        put(queue, END, workers);
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      reportMalformed(name);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading " + name, e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("parsing " + name + " failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void cut(InputStream in, BlockingQueue<Block> queue, Future<?>[] workers) throws IOException, InterruptedException {
    byte[] buffer = new byte[blockSize];
    int filled = 0;
    long index = 0;
    while (true) {
      if (filled == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2); // one line longer than a block
      }
      int n = in.read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        if (filled > 0) {
          put(queue, new Block(index, buffer, filled), workers);
        }
        return;
      }
      filled += n;
      int lastNewline = lastNewline(buffer, filled);
      if (lastNewline < 0 || filled < buffer.length) {
        continue; // fill the block before handing it on
      }
      put(queue, new Block(index++, buffer, lastNewline + 1), workers);
      byte[] next = new byte[Math.max(blockSize, filled - lastNewline - 1)];
      System.arraycopy(buffer, lastNewline + 1, next, 0, filled - lastNewline - 1);
      filled -= lastNewline + 1;
      buffer = next;
    }
  }

  private static void put(BlockingQueue<Block> queue, Block block, Future<?>[] workers) throws InterruptedException {
    while (!queue.offer(block, 1, java.util.concurrent.TimeUnit.SECONDS)) {
      for (Future<?> w : workers) {
        if (w.isDone()) {
          return; // a worker died; read() reports its failure
        }
      }
    }
  }

  private static int lastNewline(byte[] b, int length) {
    for (int i = length - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private Void work(BlockingQueue<Block> queue, Consumer<Entity> sink) throws InterruptedException {
    while (true) {
      Block block = queue.take();
      if (block == END) {
        return null;
      }
      byte[] data = block.data();
      int start = 0;
      int lines = 0;
      for (int i = 0; i < block.length(); i++) {
        if (data[i] == '\n') {
          line(block, start, i, ++lines, sink);
          start = i + 1;
        }
      }
      if (start < block.length()) {
        line(block, start, block.length(), ++lines, sink);
      }
      blockLines.put(block.index(), lines);
      bytes.addAndGet(block.length());
    }
  }

  private void line(Block block, int from, int to, int lineInBlock, Consumer<Entity> sink) {
    byte[] b = block.data();
    while (to > from && (b[to - 1] == ',' || b[to - 1] == '\r' || b[to - 1] == ' ')) {
      to--;
    }
    if (to - from <= 1 && (to == from || b[from] == '[' || b[from] == ']')) {
      return; // the array's brackets and blank lines
    }
    entities.incrementAndGet();
    if (b[from] != '{' || b[to - 1] != '}') {
      malformed(block, lineInBlock, "not a JSON object (cut off?)");
      return;
    }
    if (!filter.wanted(b, from, to)) {
      return;
    }
    report.count("entities parsed");
    Entity entity;
    try {
      entity = parser.parse(b, from, to - from);
    } catch (IOException | RuntimeException e) {
      malformed(block, lineInBlock, firstLine(e.getMessage()));
      return;
    }
    sink.accept(entity);
  }

  private void malformed(Block block, int lineInBlock, String problem) {
    report.count("malformed lines skipped");
    if (malformed.size() < ImportReport.KEPT_WARNINGS) {
      malformed.add(new Malformed(block.index(), lineInBlock, problem));
    }
  }

  /** Warnings for the malformed lines with their line numbers in the dump, known once every block is counted. */
  private void reportMalformed(String name) {
    long[] firstLine = new long[blockLines.size() + 1];
    for (int i = 1; i < firstLine.length; i++) {
      firstLine[i] = firstLine[i - 1] + blockLines.getOrDefault((long) i - 1, 0);
    }
    malformed.stream().sorted(java.util.Comparator.comparingLong(Malformed::block).thenComparingInt(Malformed::line))
        .forEach(m -> report.warn(name + " line " + (firstLine[(int) m.block()] + m.line()) + ": malformed entity: " + m.problem()));
    long unkept = report.get("malformed lines skipped") - malformed.size();
    report.countUnkeptWarnings(unkept);
  }

  /** The parser's message without its location notes (the line number says where). */
  private static String firstLine(String s) {
    String line = s == null ? "unreadable" : s.lines().findFirst().orElse(s);
    int note = line.indexOf(" (for ");
    return note > 0 ? line.substring(0, note) : line;
  }
}
