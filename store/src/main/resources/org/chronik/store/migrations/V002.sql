-- V002: every actor column group carries the actor's Wikidata id ("Q148"), null where the dictionaries give none.
-- Added at the end of each table: rows are inserted positionally.

ALTER TABLE actors ADD COLUMN wikidata VARCHAR;

ALTER TABLE mentions ADD COLUMN actor_wikidata VARCHAR;

ALTER TABLE events ADD COLUMN source_wikidata VARCHAR;

ALTER TABLE events ADD COLUMN target_wikidata VARCHAR;
