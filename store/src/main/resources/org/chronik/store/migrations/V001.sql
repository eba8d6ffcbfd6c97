-- V001: the first schema. One statement per ';'. Spans are half-open [begin, end) character offsets in articles.body.

CREATE TABLE ingest_runs (
  run_id BIGINT PRIMARY KEY,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  inputs VARCHAR,
  articles_new INTEGER,
  articles_skipped INTEGER,
  articles_failed INTEGER,
  events INTEGER,
  status VARCHAR NOT NULL
);

CREATE TABLE articles (
  id VARCHAR PRIMARY KEY,
  source VARCHAR,
  url VARCHAR,
  creation_date DATE,
  date_precision VARCHAR,
  title VARCHAR,
  body VARCHAR NOT NULL,
  language VARCHAR,
  byline VARCHAR,
  credits VARCHAR,
  metadata VARCHAR,
  layers VARCHAR,
  run_id BIGINT,
  ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE sentences (
  article_id VARCHAR NOT NULL,
  sentence_index INTEGER NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  token_count INTEGER NOT NULL,
  tokens VARCHAR
);

CREATE TABLE mentions (
  article_id VARCHAR NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text VARCHAR,
  actor_key VARCHAR,
  actor_name VARCHAR,
  actor_type VARCHAR,
  actor_country VARCHAR,
  kind VARCHAR,
  rule VARCHAR
);

CREATE TABLE actors (
  article_id VARCHAR NOT NULL,
  actor_key VARCHAR NOT NULL,
  name VARCHAR,
  type VARCHAR,
  country VARCHAR,
  sector VARCHAR,
  role VARCHAR,
  mention_count INTEGER NOT NULL,
  first_begin INTEGER
);

CREATE TABLE events (
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
  -- not reportable (negated, hypothetical, denied) or a repeated mention of an earlier event
  flagged BOOLEAN NOT NULL
);

CREATE TABLE quotes (
  article_id VARCHAR NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text VARCHAR,
  type VARCHAR,
  cue_begin INTEGER,
  cue_end INTEGER,
  cue_text VARCHAR,
  speaker_key VARCHAR,
  speaker_name VARCHAR,
  speaker_begin INTEGER,
  speaker_end INTEGER,
  source_key VARCHAR,
  source_name VARCHAR
);

CREATE TABLE time_expressions (
  article_id VARCHAR NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text VARCHAR,
  type VARCHAR,
  value VARCHAR,
  mod VARCHAR,
  rule VARCHAR
);
