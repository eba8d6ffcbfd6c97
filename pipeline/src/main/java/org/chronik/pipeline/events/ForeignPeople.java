package org.chronik.pipeline.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronik.model.ActorType;
import org.chronik.model.ArgumentSource;
import org.chronik.model.Mention;
import org.chronik.model.io.Tsv;
import org.chronik.pipeline.events.ArgumentFinder.Arg;

/**
 * Acts that fall on foreigners by definition (codebooks/foreign-people.tsv: expelling, deporting):
 * their target is never the acting state's own people by default. "45 Personen wurden des Landes
 * verwiesen" in an article about Italy names no Italians; a group whose country the actors stage took
 * from the article's focus or scene (not from a word of the text) is dropped when it is the source's
 * own country. A nationality word ("afghanische Straftäter") keeps its country. Immutable.
 */
final class ForeignPeople {
  static final String TABLE = "/codebooks/foreign-people.tsv";
  private static final ForeignPeople DEFAULT = load(TABLE);

  private final Map<String, String> reasons;

  private ForeignPeople(Map<String, String> reasons) {
    this.reasons = Map.copyOf(reasons);
  }

  static ForeignPeople standard() {
    return DEFAULT;
  }

  static ForeignPeople load(String resource) {
    Tsv.Table table = Tsv.Table.of(Tsv.resource(ForeignPeople.class, resource), resource);
    Map<String, String> rows = new HashMap<>();
    for (Tsv.Row row : table.rows()) {
      String prefix = table.get(row, "prefix");
      if (!prefix.matches("\\d{2,4}") || table.get(row, "reason").isBlank()) {
        throw new IllegalArgumentException(row.where() + ": expected a code prefix and a reason: \"" + String.join("\t", row.fields()) + "\"");
      }
      rows.put(prefix, table.get(row, "reason"));
    }
    return new ForeignPeople(rows);
  }

  /** Whether an act of this code falls on foreigners by definition. */
  boolean onForeigners(String code) {
    return CodePrefixes.longest(reasons, code) != null;
  }

  /** The targets without the sources' own people by default, for an act on foreigners; else the targets as they are. */
  List<Arg> apply(SentenceView s, String code, List<Arg> sources, List<Arg> targets) {
    if (!onForeigners(code) || sources.isEmpty()) {
      return targets;
    }
    return targets.stream().filter(t -> !ownByDefault(s, t, sources)).toList();
  }

  /** A people group of a source's country whose country is no word of the text: the scene's people (IMPLICIT) or a focus default. */
  private static boolean ownByDefault(SentenceView s, Arg t, List<Arg> sources) {
    if (t.actor().type() != ActorType.GROUP || !"CVL".equals(t.actor().sector()) || t.actor().country() == null
        || sources.stream().noneMatch(a -> t.actor().country().equals(a.actor().country()))) {
      return false;
    }
    if (t.token() < 0) {
      return t.from() == ArgumentSource.IMPLICIT;
    }
    Mention m = s.anyMention(t.token());
    return m != null && m.countryFromFocus();
  }
}
