package org.chronik.wikidata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * The import benchmark: writes a synthetic dump of the given size (plain and gzip, the same
 * entities), imports each, measures bzip2 decompression on a slice, and projects the time for the
 * full Wikidata dump from its compressed size and entity count.
 */
public final class DumpBenchmark {
  /** @param fullGzipGb size of the real latest-all.json.gz; fullBzip2Gb of latest-all.json.bz2; fullEntities its entity count */
  public record Settings(Path folder, long megabytes, int threads, double fullGzipGb, double fullBzip2Gb, long fullEntities, long bzip2SliceMb) {}

  private DumpBenchmark() {}

  public static void run(Settings s, PrintStream out) throws IOException {
    Files.createDirectories(s.folder());
    Path plain = s.folder().resolve("synthetic.json");
    Path gzip = s.folder().resolve("synthetic.json.gz");
    long entities = generate(plain, s.megabytes(), out);
    generate(gzip, s.megabytes(), out);
    out.printf("machine: %d cores seen by the JVM, %s, max heap %,d MB, %d parser threads%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, s.threads());
    out.printf("synthetic dump: %,d entities, %,d MB plain, %,d MB gzip (ratio %.1f)%n", entities, Files.size(plain) / 1_000_000,
        Files.size(gzip) / 1_000_000, (double) Files.size(plain) / Files.size(gzip));
    ImportOptions options = new ImportOptions(1990, java.util.List.of("de", "en"), s.threads());
    WikidataImport.Result json = measure("plain .json", plain, s.folder().resolve("out-json"), options, out);
    long cpuBefore = cpuNanos();
    WikidataImport.Result gz = measure(".json.gz", gzip, s.folder().resolve("out-gz"), options, out);
    double gzCpu = (cpuNanos() - cpuBefore) / 1e9;
    double bzip2MbPerSecond = bzip2(plain, s.folder().resolve("slice.json.bz2"), s.bzip2SliceMb(), out);
    double ratio = (double) Files.size(plain) / Files.size(gzip);
    out.printf("projection for the full dump (%,.0f GB gzip, %,.0f GB bzip2, %,d entities; assumptions, not measurements):%n",
        s.fullGzipGb(), s.fullBzip2Gb(), s.fullEntities());
    out.printf("  by entities/s of the gzip run:          %s%n", Progress.duration(s.fullEntities() / (gz.entities() / gz.seconds())));
    out.printf("  by compressed MB/s of the gzip run:      %s (if the real dump compressed like this one, ratio %.1f)%n",
        Progress.duration(s.fullGzipGb() * 1000 / (gz.bytesRead() / 1e6 / gz.seconds())), ratio);
    out.printf("  CPU the gzip import needs:               %s of CPU (%,.0f entities per CPU second; on idle cores the wall time is about this divided by the cores, "
        + "but not below the time one thread needs to inflate the dump)%n", Progress.duration(s.fullEntities() / (gz.entities() / gzCpu)), gz.entities() / gzCpu);
    out.printf("  bzip2 decompression alone, one thread:   %s (%.1f MB/s of .bz2); a parallel decompressor in front (lbzip2 -dc … | chronik … -) divides it by its threads%n",
        Progress.duration(s.fullBzip2Gb() * 1000 / bzip2MbPerSecond), bzip2MbPerSecond);
    out.printf("  the plain run (no decompression) parses %.0f MB/s: the filter and parser are %s the gzip reader%n",
        json.bytesUnpacked() / 1e6 / json.seconds(), json.seconds() < gz.seconds() ? "faster than" : "no faster than");
  }

  private static long generate(Path file, long megabytes, PrintStream out) throws IOException {
    long started = System.nanoTime();
    long entities = new SyntheticDump(19).write(file, megabytes * 1_000_000);
    out.printf("wrote %s (%,d MB) in %.1f s%n", file, Files.size(file) / 1_000_000, (System.nanoTime() - started) / 1e9);
    return entities;
  }

  private static WikidataImport.Result measure(String what, Path dump, Path target, ImportOptions options, PrintStream out) throws IOException {
    long cpuBefore = cpuNanos();
    WikidataImport.Result r = new WikidataImport(options).fromDump(dump.toString(), target, null, false, out, 30);
    double cpu = (cpuNanos() - cpuBefore) / 1e9;
    out.printf("%-12s %6.1f s  %7.1f MB/s of file  %7.1f MB/s unpacked  %,9.0f entities/s  (%,d parsed of %,d; %,d people rows)%n", what, r.seconds(),
        r.bytesRead() / 1e6 / r.seconds(), r.bytesUnpacked() / 1e6 / r.seconds(), r.entities() / r.seconds(),
        r.counts().getOrDefault("entities parsed", 0L), r.entities(), r.counts().getOrDefault("people rows", 0L));
    out.printf("%-12s %6.1f s of CPU (all threads): %.1f MB unpacked and %,.0f entities per CPU second (the machine is shared: load %.1f)%n", "", cpu,
        r.bytesUnpacked() / 1e6 / cpu, r.entities() / cpu, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return r;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Compresses the first {@code mb} MB with bzip2 and times reading it back; returns MB/s of compressed input. */
  private static double bzip2(Path plain, Path slice, long mb, PrintStream out) throws IOException {
    try (InputStream in = Files.newInputStream(plain); OutputStream o = new BZip2CompressorOutputStream(Files.newOutputStream(slice))) {
      byte[] buffer = new byte[1 << 20];
      long left = mb * 1_000_000;
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        o.write(buffer, 0, n);
        left -= n;
      }
    }
    long started = System.nanoTime();
    long cpuStarted = cpuNanos();
    long unpacked = 0;
    try (InputStream in = new BZip2CompressorInputStream(new java.io.BufferedInputStream(Files.newInputStream(slice), 1 << 20), true)) {
      byte[] buffer = new byte[1 << 20];
      int n;
      while ((n = in.read(buffer)) > 0) {
        unpacked += n;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpu = (cpuNanos() - cpuStarted) / 1e9;
    double compressedRate = Files.size(slice) / 1e6 / seconds;
    out.printf("bzip2 slice: %,d MB unpacked from %,d MB in %.1f s (%.1f s of CPU): %.1f MB/s unpacked, %.1f MB/s of .bz2; per CPU second %.1f MB unpacked%n",
        unpacked / 1_000_000, Files.size(slice) / 1_000_000, seconds, cpu, unpacked / 1e6 / seconds, compressedRate, unpacked / 1e6 / cpu);
    return compressedRate;
  }
}
