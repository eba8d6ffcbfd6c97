package org.chronik.pipeline.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.chronik.model.Sentence;
import org.chronik.model.Span;
import org.chronik.model.Token;

/**
 * CoreNLP's output for a text, kept on disk by the hash of the text: re-running the rules over the
 * same articles (eval while developing, re-annotating a store) then needs no parser and no model
 * load. Files are written to a temporary name and moved into place, so a reader never sees half a
 * file. The cache holds only what the parser stage produces; every later stage runs anew.
 *
 * <p>What the stage outputs depends on the text and on which sentences the {@link ParseSelector}
 * chooses, and the choice depends on the lexicons, which change. So an entry is keyed by the text
 * (and {@link #VERSION}) and records which of its sentences carry a tree; the stage recomputes the
 * choice on every read, uses the entry only when it holds a tree for every chosen sentence, and
 * drops the trees of sentences not chosen. A lexicon that grows makes the entries miss and be
 * completed, never gives stale output.
 */
public final class ParseCache {
  /** Bumped whenever the parser's configuration, the conversion or the file layout changes, so old entries are ignored. */
  static final String VERSION = "corenlp-4.5.10-de-2";

  /** The sentences of a text; those in {@code parsed} carry their dependency tree, the others none. */
  public record Entry(List<Sentence> sentences, BitSet parsed) {
    public Entry {
      sentences = List.copyOf(sentences);
      parsed = (BitSet) parsed.clone();
    }

    @Override
    public BitSet parsed() {
      return (BitSet) parsed.clone();
    }
  }
  private static final String PARSED = "parsed";
  private final Path dir;

  public ParseCache(Path dir) {
    this.dir = dir;
  }

  /** The cache named by the system property {@code chronik.parseCache} or the variable CHRONIK_PARSE_CACHE. */
  public static Optional<ParseCache> fromEnvironment() {
    String where = System.getProperty("chronik.parseCache", System.getenv("CHRONIK_PARSE_CACHE"));
    return where == null || where.isBlank() ? Optional.empty() : Optional.of(new ParseCache(Path.of(where)));
  }

  public Optional<Entry> get(String text) {
    Path file = fileFor(text);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(read(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged entry is a miss; it is rewritten after parsing
    }
  }

  public void put(String text, Entry entry) {
    Path file = fileFor(text);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "parse", ".tmp");
      Files.writeString(tmp, write(entry), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the parse cache in " + dir + ": " + e.getMessage(), e);
    }
  }

  private Path fileFor(String text) {
    String hash = sha256(VERSION + "\n" + text);
    return dir.resolve(hash.substring(0, 2)).resolve(hash + ".tsv");
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A first line {@code parsed<TAB>0,3,4} (the sentences with a tree), then one token a line: begin,
   * end, head, relation, tag, NER, word, surface; a blank line ends a sentence.
   */
  static String write(Entry entry) {
    StringBuilder out = new StringBuilder(PARSED).append('\t');
    BitSet parsed = entry.parsed();
    for (int i = parsed.nextSetBit(0); i >= 0; i = parsed.nextSetBit(i + 1)) {
      out.append(i == parsed.nextSetBit(0) ? "" : ",").append(i);
    }
    out.append('\n');
    for (Sentence s : entry.sentences()) {
      for (Token t : s.tokens()) {
        out.append(t.begin()).append('\t').append(t.end()).append('\t').append(t.head()).append('\t')
            .append(t.deprel()).append('\t').append(t.upos()).append('\t').append(t.ner()).append('\t')
            .append(escape(t.text())).append('\t').append(escape(t.surface())).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  static Entry read(String content) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    BitSet parsed = new BitSet();
    try (BufferedReader in = new BufferedReader(new StringReader(content))) {
      String header = in.readLine();
      if (header == null || !header.startsWith(PARSED + "\t")) {
        throw new IOException("parse cache entry without its parsed line");
      }
      for (String index : header.substring(PARSED.length() + 1).split(",")) {
        if (!index.isEmpty()) {
          parsed.set(Integer.parseInt(index));
        }
      }
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isEmpty()) {
          if (!tokens.isEmpty()) {
            Span span = new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
            sentences.add(new Sentence(sentences.size(), span, tokens));
            tokens = new ArrayList<>();
          }
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 8) {
          throw new IOException("bad parse cache line: " + line);
        }
        tokens.add(new Token(tokens.size(), unescape(f[6]), unescape(f[7]),
            new Span(Integer.parseInt(f[0]), Integer.parseInt(f[1])), null, f[4], null, f[5], Integer.parseInt(f[2]), f[3]));
      }
    }
    if (!tokens.isEmpty()) {
      throw new IOException("parse cache entry ends inside a sentence");
    }
    if (parsed.length() > sentences.size()) {
      throw new IOException("parse cache entry names a parsed sentence it does not hold");
    }
    return new Entry(sentences, parsed);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
