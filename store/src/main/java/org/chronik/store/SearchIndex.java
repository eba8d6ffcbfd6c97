package org.chronik.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene full-text index of article titles and bodies (German analyzer: umlauts folded,
 * stemmed). Holds one document per article id. Written only after the database has committed
 * the same articles, so it never runs ahead of the database, and on open {@link IndexReconciler}
 * adds what it lags behind.
 */
public final class SearchIndex implements Closeable {
  static final String ID = "id";
  static final String SOURCE = "source";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String DATE = "date";
  static final String DATE_PRECISION = "date_precision";
  static final String ACTOR = "actor";

  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer; // null when read-only
  private final SearcherManager searchers; // null when read-only and no index exists yet
  private static final long COMMIT_INTERVAL_NANOS = 10_000_000_000L;
  private long lastCommit = System.nanoTime();

  private SearchIndex(Directory directory, Analyzer analyzer, IndexWriter writer, SearcherManager searchers) {
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.searchers = searchers;
  }

  static SearchIndex openForWriting(Path folder) {
    try {
      Directory dir = FSDirectory.open(folder);
      Analyzer analyzer = new GermanAnalyzer();
      IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      writer.commit(); // an empty index exists from the start, so readers can always open it
      return new SearchIndex(dir, analyzer, writer, new SearcherManager(writer, null));
    } catch (IOException e) {
      throw new StoreException("cannot open search index " + folder + ": " + e.getMessage(), e);
    }
  }

  static SearchIndex openForReading(Path folder) {
    try {
      Directory dir = FSDirectory.open(folder);
      SearcherManager searchers = DirectoryReader.indexExists(dir) ? new SearcherManager(dir, null) : null;
      return new SearchIndex(dir, new GermanAnalyzer(), null, searchers);
    } catch (IOException e) {
      throw new StoreException("cannot open search index " + folder + ": " + e.getMessage(), e);
    }
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /**
   * Adds or replaces articles already committed to the database. Searches in this process see them
   * at once (near-real-time readers); the index is committed to disk at most every
   * {@link #COMMIT_INTERVAL_NANOS} and on close, since a commit costs a disk sync and whatever a
   * crash loses here is re-indexed from the database when the store is next opened.
   */
  void add(List<IndexedArticle> articles) {
    write(articles, System.nanoTime() - lastCommit > COMMIT_INTERVAL_NANOS);
  }

  /** Adds or replaces the articles and commits, so they survive a crash from here on. */
  void addAndCommit(List<IndexedArticle> articles) {
    write(articles, true);
  }

  private void write(List<IndexedArticle> articles, boolean commit) {
    try {
      for (IndexedArticle a : articles) {
        writer.updateDocument(new Term(ID, a.id()), document(a));
      }
      if (commit) {
        writer.commit();
        lastCommit = System.nanoTime();
      }
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new StoreException("cannot write search index: " + e.getMessage(), e);
    }
  }

  private static Document document(IndexedArticle a) {
    Document d = new Document();
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    if (a.source() != null) {
      d.add(new StoredField(SOURCE, a.source()));
    }
    if (a.title() != null) {
      d.add(new Field(TITLE, a.title(), TEXT_WITH_OFFSETS));
    }
    d.add(new Field(BODY, a.body(), TEXT_WITH_OFFSETS));
    if (a.date() != null) {
      int day = (int) a.date().toEpochDay();
      d.add(new IntPoint(DATE, day));
      d.add(new StoredField(DATE, day));
      if (a.datePrecision() != null) {
        d.add(new StoredField(DATE_PRECISION, a.datePrecision()));
      }
    }
    for (String term : a.actorTerms()) {
      d.add(new StringField(ACTOR, term, Field.Store.NO));
    }
    return d;
  }

  /** Ids of every article in the index. */
  public Set<String> ids() {
    Set<String> ids = new HashSet<>();
    withSearcher(searcher -> {
      TopDocs all = searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().numDocs()));
      var stored = searcher.storedFields();
      for (ScoreDoc sd : all.scoreDocs) {
        ids.add(stored.document(sd.doc, Set.of(ID)).get(ID));
      }
      return null;
    });
    return ids;
  }

  public int size() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  /** Removes the documents of these article ids and commits. */
  void deleteAndCommit(Set<String> ids) {
    try {
      for (String id : ids) {
        writer.deleteDocuments(new Term(ID, id));
      }
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new StoreException("cannot write search index: " + e.getMessage(), e);
    }
  }

  /** Runs a search; see {@link ArticleSearch}. */
  public List<SearchHit> search(SearchRequest request) {
    return withSearcher(searcher -> ArticleSearch.run(searcher, analyzer, request));
  }

  /** How many articles a search matches in all. */
  public int count(SearchRequest request) {
    return withSearcher(searcher -> ArticleSearch.count(searcher, analyzer, request));
  }

  interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherFunction<T> function) {
    if (searchers == null) {
      try {
        return function.apply(new IndexSearcher(new org.apache.lucene.index.MultiReader()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      searchers.maybeRefresh();
      IndexSearcher searcher = searchers.acquire();
      try {
        return function.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new StoreException("cannot read search index: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    if (searchers != null) {
      searchers.close();
    }
    if (writer != null) {
      writer.close();
    }
    directory.close();
  }
}
