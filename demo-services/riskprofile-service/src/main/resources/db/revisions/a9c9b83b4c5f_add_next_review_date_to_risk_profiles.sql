-- revision: a9c9b83b4c5f
-- down_revision: ecfe85f3eb58
-- branch_labels:
-- depends_on:
-- message: Add next review date to risk profiles
-- create_date: 2026-11-25T04:04:46Z

-- migrate:upgrade
-- Reviewed: autogenerate added the column NOT NULL at once, which fails on a table with rows (its REVIEW line
-- said so). Rewritten as add nullable, backfill, SET NOT NULL, all in this revision's transaction; the result is
-- the schema the entities describe (strata:check agrees). The backfill is Scoring.nextReview in SQL: one, two or
-- three years after the last review's UTC date for HIGH, MEDIUM, LOW. The new index is built before the old one
-- goes, and covers its lookups by risk_level (its first column). All of it locks risk_profiles briefly: a small
-- table; a large one would want batches and CREATE INDEX CONCURRENTLY in a non-transactional revision.
ALTER TABLE risk_profiles ADD COLUMN next_review_on date;

UPDATE risk_profiles
   SET next_review_on = ((reviewed_at AT TIME ZONE 'UTC')::date
           + CASE risk_level WHEN 'HIGH' THEN interval '1 year'
                             WHEN 'MEDIUM' THEN interval '2 years'
                             ELSE interval '3 years' END)::date;

-- strata:lint-ignore set-not-null filled a statement earlier in this transaction; risk_profiles is small
ALTER TABLE risk_profiles ALTER COLUMN next_review_on SET NOT NULL;

-- strata:lint-ignore create-index-not-concurrently risk_profiles is small and the revision needs its transaction
CREATE INDEX ix_risk_profiles_risk_level_next_review_on ON risk_profiles (risk_level, next_review_on);

DROP INDEX ix_risk_profiles_risk_level;

-- migrate:downgrade
CREATE INDEX ix_risk_profiles_risk_level ON risk_profiles (risk_level);

DROP INDEX ix_risk_profiles_risk_level_next_review_on;

-- REVIEW: drops column public.risk_profiles.next_review_on and its data; make sure it is no longer needed, or copy it first
-- (Reviewed: nothing is lost that the upgrade cannot compute again from reviewed_at and risk_level.)
ALTER TABLE risk_profiles DROP COLUMN next_review_on;
