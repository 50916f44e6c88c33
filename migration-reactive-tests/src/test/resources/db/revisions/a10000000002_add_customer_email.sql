-- revision: a10000000002
-- down_revision: a10000000001
-- message: Add email to customer

-- migrate:upgrade
ALTER TABLE customer ADD COLUMN email VARCHAR(255);
UPDATE customer SET email = lower(replace(name, ' ', '.')) || '@example.com';

-- migrate:downgrade
ALTER TABLE customer DROP COLUMN email;
