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

  /** How many articles match, however many a page shows. */
  static int count(IndexSearcher searcher, Analyzer analyzer, SearchRequest request) throws IOException {
    return searcher.count(query(request, analyzer));
  }

  static List<SearchHit> run(IndexSearcher searcher, Analyzer analyzer, SearchRequest request) throws IOException {
    Query built = query(request, analyzer);
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
      var doc = stored.document(top.scoreDocs[i].doc,
          Set.of(SearchIndex.ID, SearchIndex.TITLE, SearchIndex.SOURCE, SearchIndex.DATE, SearchIndex.DATE_PRECISION));
      IndexableField day = doc.getField(SearchIndex.DATE);
      String snippet = snippets.get(SearchIndex.BODY)[i];
      String title = doc.get(SearchIndex.TITLE);
      if (title == null) {
        title = ArticleTitles.of(null, stored.document(top.scoreDocs[i].doc, Set.of(SearchIndex.BODY)).get(SearchIndex.BODY));
      }
      hits.add(new SearchHit(i + 1, top.scoreDocs[i].score, doc.get(SearchIndex.ID),
          day == null ? null : dateLabel(LocalDate.ofEpochDay(day.numericValue().intValue()), doc.get(SearchIndex.DATE_PRECISION)),
          doc.get(SearchIndex.SOURCE), title, snippet == null ? null : snippet.replaceAll("\\s+", " ").strip()));
    }
    return hits;
  }

  private static Query query(SearchRequest request, Analyzer analyzer) {
    Query text = parse(request, analyzer);
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    if (request.from() != null || request.to() != null) {
      int from = request.from() == null ? Integer.MIN_VALUE : (int) request.from().toEpochDay();
      int to = request.to() == null ? Integer.MAX_VALUE : (int) request.to().toEpochDay();
      query.add(IntPoint.newRangeQuery(SearchIndex.DATE, from, to), BooleanClause.Occur.FILTER);
    }
    if (request.actor() != null) {
      query.add(new TermQuery(new Term(SearchIndex.ACTOR, IndexedArticle.normalize(request.actor()))), BooleanClause.Occur.FILTER);
    }
    return query.build();
  }

  /** The date as the article gave it: "2024", "2024-06" or "2024-06-14" (indexes written before precision was kept: the day). */
  static String dateLabel(LocalDate day, String precision) {
    String iso = day.toString();
    return "YEAR".equals(precision) ? iso.substring(0, 4) : "MONTH".equals(precision) ? iso.substring(0, 7) : iso;
  }

  private static Query parse(SearchRequest request, Analyzer analyzer) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {SearchIndex.TITLE, SearchIndex.BODY}, analyzer, Map.of(SearchIndex.TITLE, 2f, SearchIndex.BODY, 1f));
    parser.setDefaultOperator(MultiFieldQueryParser.AND_OPERATOR);
    String query = request.query();
    Query parsed;
    if (request.advanced()) {
      try {
        parsed = parser.parse(query);
      } catch (ParseException | RuntimeException e) {
        throw new IllegalArgumentException("cannot read the advanced search \"" + query + "\": check its quotes, brackets and"
            + " AND/OR/NOT, or search for plain words without the advanced mode");
      }
    } else {
      // a word the analyzer splits ("9/11", "US-Sanktionen") is searched as the phrase it was written as
      parser.setSplitOnWhitespace(true); // PlainQuery already split the words
      parser.setAutoGeneratePhraseQueries(true);
      try {
        parsed = parser.parse(PlainQuery.toLucene(query));
      } catch (ParseException e) {
        throw new IllegalStateException("plain search \"" + query + "\" was not escaped: " + e.getMessage(), e);
      }
    }
    if (parsed == null || parsed instanceof BooleanQuery b && b.clauses().isEmpty()) {
      throw new IllegalArgumentException("nothing to search for in \"" + query + "\": it has only punctuation or words too common"
          + " to be indexed (der, und, …)");
    }
    return parsed;
  }
}
