-- revision: 1a1a1a1a1a1a
-- down_revision:
-- branch_labels:
-- depends_on:
-- message: Create notes
-- create_date: 2026-01-01T00:00:00Z

-- migrate:upgrade
CREATE TABLE notes (id bigint PRIMARY KEY, body text NOT NULL);

-- migrate:downgrade
DROP TABLE notes;
