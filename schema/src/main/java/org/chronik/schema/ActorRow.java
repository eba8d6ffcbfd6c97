package org.chronik.schema;

import static org.chronik.schema.ColumnType.INTEGER;
import static org.chronik.schema.ColumnType.VARCHAR;

import org.chronik.model.Actor;
import org.chronik.model.ActorRef;
import org.chronik.model.Span;

/** A row of {@code actors}: one actor of one article, with its role at the article's date. */
public record ActorRow(String articleId, String actorKey, String name, String type, String country, String sector,
    String role, Integer mentionCount, Integer firstBegin, String wikidata) {

  public static final Table<ActorRow> TABLE = Table.of("actors", ActorRow.class,
      Column.required("article_id", VARCHAR, ActorRow::articleId),
      Column.required("actor_key", VARCHAR, ActorRow::actorKey),
      Column.of("name", VARCHAR, ActorRow::name),
      Column.of("type", VARCHAR, ActorRow::type),
      Column.of("country", VARCHAR, ActorRow::country),
      Column.of("sector", VARCHAR, ActorRow::sector),
      Column.of("role", VARCHAR, ActorRow::role),
      Column.required("mention_count", INTEGER, ActorRow::mentionCount),
      Column.of("first_begin", INTEGER, ActorRow::firstBegin),
      Column.of("wikidata", VARCHAR, ActorRow::wikidata));

  static ActorRow of(String articleId, Actor actor) {
    ActorRef r = actor.ref();
    Integer first = actor.mentions().stream().map(Span::begin).min(Integer::compare).orElse(null);
    return new ActorRow(articleId, r.id(), r.name(), Values.type(r), r.country(), r.sector(), r.role(),
        actor.mentions().size(), first, r.wikidata());
  }
}
