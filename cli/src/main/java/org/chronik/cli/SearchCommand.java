package org.chronik.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chronik.store.SearchHit;
import org.chronik.store.SearchRequest;
import org.chronik.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Full-text search of stored articles (German stemming), ranked, with highlighted snippets.")
final class SearchCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(paramLabel = "QUERY", description = "Words, all of which an article must hold, and \"phrases\"; other characters are"
      + " text, so 9/11 and USA/China are found as written.")
  String query;

  @Option(names = "--advanced", description = "Read QUERY in Lucene's syntax: AND, OR, NOT, (groups), title:word, wild*.")
  boolean advanced;

  @Option(names = "--from", paramLabel = "DATE", description = "Articles written on or after this date.") LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Articles written on or before this date.") LocalDate to;

  @Option(names = "--actor", paramLabel = "KEY|NAME", description = "Only articles mentioning this actor.") String actor;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N articles (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or jsonl.") String format;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("table") && !format.equals("jsonl")) {
      throw new IllegalArgumentException("--format: \"" + format + "\" is not one of [table, jsonl]");
    }
    SearchRequest request = new SearchRequest(query, from, to, actor, limit, advanced);
    List<SearchHit> hits;
    int total;
    try (Store s = Store.openReadOnly(store.folder)) {
      hits = s.search().search(request);
      total = hits.size() < limit ? hits.size() : s.search().count(request);
    }
    if (format.equals("jsonl")) {
      ObjectMapper json = new ObjectMapper();
      for (SearchHit hit : hits) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("rank", hit.rank());
        line.put("score", hit.score());
        line.put("article_id", hit.articleId());
        line.put("date", hit.date());
        line.put("source", hit.source());
        line.put("title", hit.title());
        line.put("snippet", hit.snippet());
        System.out.println(json.writeValueAsString(line));
      }
    } else {
      for (SearchHit hit : hits) {
        System.out.printf(Locale.ROOT, "%d. %s%n", hit.rank(), hit.title());
        System.out.printf(Locale.ROOT, "   %s · %s · chronik article %s%n", hit.date() == null ? "undated" : hit.date(), hit.source(),
            hit.articleId());
        System.out.println("   " + hit.snippet());
      }
    }
    if (hits.isEmpty()) {
      Notes.say("no article holds " + (advanced ? "a match for \"" + query + "\"" : "all of: " + query)
          + (from != null || to != null || actor != null ? " with these filters" : ""));
    } else if (total > hits.size()) {
      Notes.say("showing " + hits.size() + " of " + Notes.number(total) + " articles; --limit N for more");
    }
    return 0;
  }
}
