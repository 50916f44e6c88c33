-- revision: c0ffee000001
-- down_revision:
-- branch_labels:
-- depends_on:
-- message: Create products table
-- create_date: 2026-11-20T09:00:00Z

-- migrate:upgrade
CREATE TABLE products (
    id bigserial PRIMARY KEY,
    name varchar(200) NOT NULL
);

-- migrate:downgrade
DROP TABLE products;
