package org.chronik.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chronik.store.ArticleQueries;
import org.chronik.store.Rows;
import org.chronik.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "article", mixinStandardHelpOptions = true,
    description = "Show a stored article with its events, actors, quotes and time expressions.")
final class ArticleCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(paramLabel = "ID", description = "The article id (as events and search print it).")
  String id;

  @Override
  public Integer call() {
    try (Store s = Store.openReadOnly(store.folder)) {
      ArticleQueries.ArticleView view = s.articles().get(id)
          .orElseThrow(() -> new IllegalArgumentException("no article " + id + " in " + store.folder));
      PrintStream out = System.out;
      for (Map.Entry<String, Object> field : view.article().entrySet()) {
        if (!field.getKey().equals("body") && field.getValue() != null) {
          out.println(field.getKey() + ": " + field.getValue());
        }
      }
      out.println();
      out.println(view.article().get("body"));
      section(out, "events", view.events());
      section(out, "actors", view.actors());
      section(out, "quotes", view.quotes());
      section(out, "time expressions", view.timeExpressions());
    }
    return 0;
  }

  private static void section(PrintStream out, String title, Rows rows) {
    if (rows.size() > 0) {
      out.println();
      out.println("== " + title + " (" + rows.size() + ")");
      rows.print(out, Rows.Format.TABLE);
    }
  }
}
