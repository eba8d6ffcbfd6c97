-- V008: where an event's source and target were read (model ArgumentSource): a phrase of its own sentence
-- (SENTENCE), a pronoun (PRONOUN), a definite description (DESCRIPTION), an earlier act it continues
-- (ANTECEDENT) or a codebook default for an unsaid actor (IMPLICIT). Null for rows written before and for
-- synthetic events. Both tables get them: events carries the columns of its representative mention.

ALTER TABLE event_mentions ADD COLUMN source_from VARCHAR;
ALTER TABLE event_mentions ADD COLUMN target_from VARCHAR;
ALTER TABLE events ADD COLUMN source_from VARCHAR;
ALTER TABLE events ADD COLUMN target_from VARCHAR;
