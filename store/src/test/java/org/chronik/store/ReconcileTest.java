package org.chronik.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash between the database commit and the index commit is repaired when the store opens. */
class ReconcileTest {
  @TempDir Path dir;

  @Test
  void reindexesArticlesTheIndexLacksAndDropsOnesTheDatabaseLacks() throws Exception {
    Set<String> ids;
    String lost;
    try (Store store = Store.open(dir)) {
      store.writer().write(List.of(Fixtures.phoneCall("a.txt", "2024-03-05"), Fixtures.phoneCall("b.txt", "2024-03-06"),
          Fixtures.phoneCall("c.txt", "2024-03-07")), 1);
      ids = CrashRecoveryTest.ids(store);
      lost = ids.iterator().next();
    }
    // as if the process died after the database commit: the index lacks one article and holds a stray one
    try (IndexWriter w = new IndexWriter(FSDirectory.open(dir.resolve(Store.INDEX_FOLDER)), new IndexWriterConfig(new StandardAnalyzer()))) {
      w.deleteDocuments(new Term(SearchIndex.ID, lost));
      Document stray = new Document();
      stray.add(new StringField(SearchIndex.ID, "not-in-db", Field.Store.YES));
      w.addDocument(stray);
      Document stray2 = new Document();
      stray2.add(new StringField(SearchIndex.ID, "also-not-in-db", Field.Store.YES));
      w.addDocument(stray2);
      w.commit();
    }
    try (Store store = Store.open(dir)) {
      assertEquals(ids, store.search().ids());
      assertEquals(3, store.search().search(new SearchRequest("Amtskollegen", null, null, "country:JPN", 10)).size());
    }
  }
}
