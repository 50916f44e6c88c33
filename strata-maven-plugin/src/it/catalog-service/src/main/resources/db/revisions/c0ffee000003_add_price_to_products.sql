-- revision: c0ffee000003
-- down_revision: c0ffee000002
-- branch_labels:
-- depends_on:
-- message: Add price to products
-- create_date: 2026-11-24T10:00:00Z

-- migrate:upgrade
ALTER TABLE products ADD COLUMN price numeric(10, 2);

-- migrate:downgrade
ALTER TABLE products DROP COLUMN price;
