-- revision: 1a2b3c4d5e6f
-- down_revision:
-- message: Create customer table

-- migrate:upgrade
CREATE TABLE customer (
    id BIGINT PRIMARY KEY,
    name VARCHAR(255) NOT NULL
);

-- migrate:downgrade
DROP TABLE customer;
