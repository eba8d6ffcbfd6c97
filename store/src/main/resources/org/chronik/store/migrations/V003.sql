-- V003: synthetic benchmark events are marked, so answers never mix them with events read from articles.
-- Before this column they were told apart only by rule 'synthetic' (SyntheticEvents writes that rule and no article row).

ALTER TABLE events ADD COLUMN synthetic BOOLEAN DEFAULT false;

UPDATE events SET synthetic = (rule = 'synthetic' AND article_id LIKE 'synthetic-%');
