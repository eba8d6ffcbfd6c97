package org.chronik.store;

import java.nio.file.Path;

/**
 * Ingests synthetic documents slowly, announcing each committed batch on stdout, so that a test
 * can kill this process in the middle of a run. Arguments: store folder, documents, delay per
 * document in milliseconds, batch size.
 */
public final class SlowIngestMain {
  private SlowIngestMain() {}

  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long delay = Long.parseLong(args[2]);
    int batch = Integer.parseInt(args[3]);
    try (Store store = Store.open(folder)) {
      System.out.println("opened");
      System.out.flush();
      var options = new Ingester.Options(2, batch, null, System.err, r -> {
        System.out.println("batch committed " + r.articlesNew());
        System.out.flush();
      });
      new Ingester(store, a -> {
        try {
          Thread.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return SyntheticDocuments.annotate(a);
      }, options).run(SyntheticDocuments.inputs(count), (input, problems) -> SyntheticDocuments.read(input));
      System.out.println("finished");
    }
  }
}
