package org.chronik.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Ranks articles for a query (BM25 over title, boosted, and body) and cuts highlighted snippets. */
final class ArticleSearch {
  private ArticleSearch() {}

  static List<SearchHit> run(IndexSearcher searcher, Analyzer analyzer, SearchRequest request) throws IOException {
    Query text = parse(request.query(), analyzer);
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    if (request.from() != null || request.to() != null) {
      int from = request.from() == null ? Integer.MIN_VALUE : (int) request.from().toEpochDay();
      int to = request.to() == null ? Integer.MAX_VALUE : (int) request.to().toEpochDay();
      query.add(IntPoint.newRangeQuery(SearchIndex.DATE, from, to), BooleanClause.Occur.FILTER);
    }
    if (request.actor() != null) {
      query.add(new TermQuery(new Term(SearchIndex.ACTOR, IndexedArticle.normalize(request.actor()))), BooleanClause.Occur.FILTER);
    }
    Query built = query.build();
    TopDocs top = searcher.search(built, request.limit());
    if (top.scoreDocs.length == 0) {
      return List.of();
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
        .withMaxLength(1_000_000)
        .build();
    Map<String, String[]> snippets = highlighter.highlightFields(new String[] {SearchIndex.BODY}, built, top, new int[] {2});
    List<SearchHit> hits = new ArrayList<>();
    var stored = searcher.storedFields();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      var doc = stored.document(top.scoreDocs[i].doc, Set.of(SearchIndex.ID, SearchIndex.TITLE, SearchIndex.SOURCE, SearchIndex.DATE));
      IndexableField day = doc.getField(SearchIndex.DATE);
      String snippet = snippets.get(SearchIndex.BODY)[i];
      hits.add(new SearchHit(i + 1, top.scoreDocs[i].score, doc.get(SearchIndex.ID),
          day == null ? null : LocalDate.ofEpochDay(day.numericValue().intValue()),
          doc.get(SearchIndex.SOURCE), doc.get(SearchIndex.TITLE),
          snippet == null ? null : snippet.replaceAll("\\s+", " ").strip()));
    }
    return hits;
  }

  private static Query parse(String query, Analyzer analyzer) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {SearchIndex.TITLE, SearchIndex.BODY}, analyzer, Map.of(SearchIndex.TITLE, 2f, SearchIndex.BODY, 1f));
    parser.setDefaultOperator(MultiFieldQueryParser.AND_OPERATOR);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad search query \"" + query + "\": " + Store.firstLine(e.getMessage()));
    }
  }
}
