package org.chronik.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chronik.store.SearchHit;
import org.chronik.store.SearchRequest;
import org.chronik.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Full-text search of stored articles (Lucene syntax, German stemming), ranked, with highlighted snippets.")
final class SearchCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(paramLabel = "QUERY", description = "Words, \"phrases\", AND/OR/NOT, title:word.")
  String query;

  @Option(names = "--from", paramLabel = "DATE", description = "Articles written on or after this date.") LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Articles written on or before this date.") LocalDate to;

  @Option(names = "--actor", paramLabel = "KEY|NAME", description = "Only articles mentioning this actor.") String actor;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10") int limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or jsonl.") String format;

  @Override
  public Integer call() throws Exception {
    List<SearchHit> hits;
    try (Store s = Store.openReadOnly(store.folder)) {
      hits = s.search().search(new SearchRequest(query, from, to, actor, limit));
    }
    if (format.equals("jsonl")) {
      ObjectMapper json = new ObjectMapper().registerModule(new com.fasterxml.jackson.databind.module.SimpleModule());
      for (SearchHit hit : hits) {
        System.out.println(json.writeValueAsString(java.util.Map.of("rank", hit.rank(), "score", hit.score(), "article_id", hit.articleId(),
            "date", String.valueOf(hit.date()), "title", String.valueOf(hit.title()), "snippet", String.valueOf(hit.snippet()))));
      }
    } else {
      for (SearchHit hit : hits) {
        System.out.printf(Locale.ROOT, "%d. %s  %s  %s  (score %.2f)%n", hit.rank(), hit.date(), hit.articleId(),
            hit.title() != null ? hit.title() : hit.source(), hit.score());
        System.out.println("   " + hit.snippet());
      }
    }
    return 0;
  }
}
