-- V005: what chronik watch knows between polls, so a restart neither loses nor repeats articles.
-- A feed's ETag and Last-Modified are saved only after every item of that answer was handled.

CREATE TABLE watch_feeds (
  url VARCHAR PRIMARY KEY,
  etag VARCHAR,
  last_modified VARCHAR,
  polled_at TIMESTAMP,
  failures INTEGER NOT NULL,
  retry_at TIMESTAMP,
  last_error VARCHAR
);

-- one row per page a feed linked to, keyed by its link in canonical form;
-- status: stored, duplicate (canonical URL or content seen before), retry (failed, tried again at retry_at),
-- failed (given up after too many tries), disallowed (robots.txt)
CREATE TABLE watch_pages (
  url VARCHAR PRIMARY KEY,
  feed_url VARCHAR,
  feed_date DATE,
  canonical_url VARCHAR,
  content_hash VARCHAR,
  article_id VARCHAR,
  status VARCHAR NOT NULL,
  failures INTEGER NOT NULL,
  retry_at TIMESTAMP,
  seen_at TIMESTAMP NOT NULL,
  last_error VARCHAR
);
