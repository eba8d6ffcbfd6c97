package org.chronik.wikidata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chronik.model.PartialDate;
import org.chronik.pipeline.actors.ActorFileRow;

/** The terms of one person: curated rows merged with the same person's imported rows (curated win). */
final class PersonTerms {
  private PersonTerms() {}

  static List<ActorFileRow> merge(List<ActorFileRow> curated, List<ActorFileRow> imported, ImportReport report) {
    if (imported.isEmpty()) {
      return curated;
    }
    String id = imported.get(0).wikidata();
    List<ActorFileRow> out = new ArrayList<>();
    for (ActorFileRow row : curated) {
      ActorFileRow merged = row.wikidata() == null ? CuratedMerge.withId(row, id) : row;
      if (row.get("to").isEmpty()) {
        ActorFileRow same = nearestOverlapping(row, imported);
        if (same != null && !same.get("to").isEmpty()) {
          merged = CuratedMerge.with(merged, "to", same.get("to"));
          report.count("open curated terms ended by Wikidata");
        }
      }
      out.add(merged);
    }
    String name = curated.get(0).get("name");
    for (ActorFileRow row : imported) {
      boolean covered = out.stream().anyMatch(c -> sameOffice(c, row) && overlap(c, row));
      if (covered) {
        report.count("imported terms dropped: a curated term speaks");
      } else {
        out.add(CuratedMerge.with(CuratedMerge.with(row, "aliases", ""), "name", name));
        report.count("imported terms added to curated people");
      }
    }
    return out;
  }

  /** The imported term of the same office overlapping {@code curated} whose start is nearest to its start. */
  private static ActorFileRow nearestOverlapping(ActorFileRow curated, List<ActorFileRow> imported) {
    ActorFileRow best = null;
    long bestDistance = Long.MAX_VALUE;
    for (ActorFileRow row : imported) {
      if (sameOffice(curated, row) && overlap(curated, row)) {
        long distance = Math.abs(start(row).toEpochDay() - start(curated).toEpochDay());
        if (distance < bestDistance) {
          best = row;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  static boolean sameOffice(ActorFileRow a, ActorFileRow b) {
    return a.get("role").equals(b.get("role")) && a.get("country").equals(b.get("country"));
  }

  /** Terms are half-open [from, to); an empty end runs on. */
  static boolean overlap(ActorFileRow a, ActorFileRow b) {
    return start(a).isBefore(end(b)) && start(b).isBefore(end(a));
  }

  private static LocalDate start(ActorFileRow row) {
    String from = row.get("from");
    return from.isEmpty() ? LocalDate.MIN : PartialDate.parse(from).start();
  }

  private static LocalDate end(ActorFileRow row) {
    String to = row.get("to");
    return to.isEmpty() ? LocalDate.MAX : PartialDate.parse(to).end();
  }
}
