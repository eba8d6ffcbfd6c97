-- V004: articles say whether they were annotated ("annotated") or why not ("not annotated: language fr").
-- Rows stored before V004 all went through the German pipeline.
-- The speed branch shipped this change as its V003 before main's V003 (events.synthetic) was merged, so a store
-- made there records version 3 with articles.status and without events.synthetic: both columns are added only
-- when missing, which brings either kind of version-3 store to the same schema.

ALTER TABLE articles ADD COLUMN IF NOT EXISTS status VARCHAR;

UPDATE articles SET status = 'annotated' WHERE status IS NULL;

ALTER TABLE events ADD COLUMN IF NOT EXISTS synthetic BOOLEAN DEFAULT false;

UPDATE events SET synthetic = (rule = 'synthetic' AND article_id LIKE 'synthetic-%') WHERE synthetic IS NULL;
