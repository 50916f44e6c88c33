-- revision: d00000000002
-- down_revision: d00000000001
-- message: Refers to a missing table

-- migrate:upgrade
ALTER TABLE missing_table ADD COLUMN note TEXT;

-- migrate:downgrade
ALTER TABLE missing_table DROP COLUMN note;
