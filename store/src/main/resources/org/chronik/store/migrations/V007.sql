-- V007: pre-aggregated counts for answers that need no single event (timelines, totals, whether an actor is
-- known): dyad × day × root code and actor × day, over the merged events. Names are stored lower-cased, as
-- actor filters compare them. Both tables are kept equal to a GROUP BY over events by EventMerger (Aggregates),
-- in the transaction that changes events; this script fills them from the events already there.

CREATE TABLE dyad_days (
  synthetic BOOLEAN,
  flagged BOOLEAN NOT NULL,
  source_key VARCHAR,
  source_country VARCHAR,
  source_name VARCHAR,
  target_key VARCHAR,
  target_country VARCHAR,
  target_name VARCHAR,
  event_date DATE,
  root_code VARCHAR NOT NULL,
  quad TINYINT,
  events BIGINT NOT NULL,
  goldstein_sum DOUBLE
);

CREATE TABLE actor_days (
  synthetic BOOLEAN,
  flagged BOOLEAN NOT NULL,
  actor_key VARCHAR,
  actor_country VARCHAR,
  actor_name VARCHAR,
  event_date DATE,
  as_source BIGINT NOT NULL,
  as_target BIGINT NOT NULL
);

INSERT INTO dyad_days SELECT synthetic, flagged, source_key, source_country, lower(source_name), target_key, target_country,
  lower(target_name), event_date, root_code, quad, count(*), sum(goldstein) FROM events
  GROUP BY ALL ORDER BY event_date;

INSERT INTO actor_days SELECT synthetic, flagged, actor_key, actor_country, actor_name, event_date, sum(as_source), sum(as_target)
  FROM (SELECT synthetic, flagged, source_key AS actor_key, source_country AS actor_country, lower(source_name) AS actor_name,
      event_date, 1 AS as_source, 0 AS as_target FROM events
    UNION ALL SELECT synthetic, flagged, target_key, target_country, lower(target_name), event_date, 0, 1 FROM events)
  GROUP BY ALL ORDER BY event_date;
