-- revision: 2b2b2b2b2b2b
-- down_revision: 1a1a1a1a1a1a
-- branch_labels:
-- depends_on:
-- message: Add author
-- create_date: 2026-01-02T00:00:00Z

-- migrate:upgrade
ALTER TABLE notes ADD COLUMN author text;

-- migrate:downgrade
ALTER TABLE notes DROP COLUMN author;
