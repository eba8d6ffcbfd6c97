-- V006: one event, many mentions (GDELT's event and mention tables). The rows so far were one event per
-- article and mention: they become event_mentions, each naming its event (global_event_id); events holds one
-- row per happening with its counts and the columns of its representative mention. The merge rule is
-- schema/src/main/resources/org/chronik/schema/merge/rule.tsv; the store runs it over the existing mentions
-- right after this script (EventMerger.catchUp), and at every ingest.

ALTER TABLE events RENAME TO event_mentions;

ALTER TABLE event_mentions ADD COLUMN global_event_id BIGINT;

CREATE TABLE events (
  global_event_id BIGINT NOT NULL,
  num_mentions INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  first_seen DATE,
  last_seen DATE,
  article_id VARCHAR NOT NULL,
  event_id VARCHAR NOT NULL,
  code VARCHAR NOT NULL,
  root_code VARCHAR NOT NULL,
  code_name VARCHAR,
  goldstein DOUBLE,
  quad TINYINT,
  plover_type VARCHAR,
  plover_mode VARCHAR,
  source_key VARCHAR,
  source_name VARCHAR,
  source_type VARCHAR,
  source_country VARCHAR,
  source_sector VARCHAR,
  source_role VARCHAR,
  target_key VARCHAR,
  target_name VARCHAR,
  target_type VARCHAR,
  target_country VARCHAR,
  target_sector VARCHAR,
  target_role VARCHAR,
  is_symmetric BOOLEAN NOT NULL,
  event_date DATE,
  date_precision VARCHAR,
  date_source VARCHAR,
  place VARCHAR,
  modality VARCHAR,
  attribution_key VARCHAR,
  attribution_name VARCHAR,
  rule VARCHAR,
  evidence_begin INTEGER,
  evidence_end INTEGER,
  evidence_text VARCHAR,
  trigger_begin INTEGER,
  trigger_end INTEGER,
  trigger_text VARCHAR,
  duplicate_of VARCHAR,
  flagged BOOLEAN NOT NULL,
  source_wikidata VARCHAR,
  target_wikidata VARCHAR,
  synthetic BOOLEAN DEFAULT false
);
