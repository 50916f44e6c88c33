-- revision: 2b3c4d5e6f7a
-- down_revision: 1a2b3c4d5e6f
-- message: Add email to customer

-- migrate:upgrade
ALTER TABLE customer ADD COLUMN email VARCHAR(255);

-- migrate:downgrade
ALTER TABLE customer DROP COLUMN email;
