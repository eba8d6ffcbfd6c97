package org.chronik.schema;

import static org.chronik.schema.ColumnType.INTEGER;
import static org.chronik.schema.ColumnType.VARCHAR;

import org.chronik.model.ActorRef;
import org.chronik.model.Mention;

/** A row of {@code mentions}: a span that names an actor, with the actor it was linked to (if any). */
public record MentionRow(String articleId, Integer spanBegin, Integer spanEnd, String text, String actorKey,
    String actorName, String actorType, String actorCountry, String kind, String rule, String actorWikidata) {

  public static final Table<MentionRow> TABLE = Table.of("mentions", MentionRow.class,
      Column.required("article_id", VARCHAR, MentionRow::articleId),
      Column.required("span_begin", INTEGER, MentionRow::spanBegin),
      Column.required("span_end", INTEGER, MentionRow::spanEnd),
      Column.of("text", VARCHAR, MentionRow::text),
      Column.of("actor_key", VARCHAR, MentionRow::actorKey),
      Column.of("actor_name", VARCHAR, MentionRow::actorName),
      Column.of("actor_type", VARCHAR, MentionRow::actorType),
      Column.of("actor_country", VARCHAR, MentionRow::actorCountry),
      Column.of("kind", VARCHAR, MentionRow::kind),
      Column.of("rule", VARCHAR, MentionRow::rule),
      Column.of("actor_wikidata", VARCHAR, MentionRow::actorWikidata));

  static MentionRow of(String articleId, Mention m) {
    ActorRef r = m.actor();
    return new MentionRow(articleId, m.span().begin(), m.span().end(), m.text(), Values.key(r), Values.name(r),
        Values.type(r), Values.country(r), m.kind(), m.rule(), Values.wikidata(r));
  }
}
