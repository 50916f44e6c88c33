-- revision: 27c6a30d7c24
-- down_revision: 1975ea83b712
-- branch_labels:
-- depends_on:
-- message: Add email to clients
-- create_date: 2026-11-24T10:00:00Z

-- migrate:upgrade
ALTER TABLE clients ADD COLUMN email varchar(255);

-- migrate:downgrade
ALTER TABLE clients DROP COLUMN email;
