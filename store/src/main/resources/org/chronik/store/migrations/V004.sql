-- V004: articles say whether they were annotated ("annotated") or why not ("not annotated: language fr").
-- Rows stored before V004 all went through the German pipeline.

ALTER TABLE articles ADD COLUMN status VARCHAR;

UPDATE articles SET status = 'annotated';
