-- revision: a10000000001
-- down_revision:
-- message: Create customer table

-- migrate:upgrade
CREATE TABLE customer (
    id BIGSERIAL PRIMARY KEY,
    name VARCHAR(255) NOT NULL
);
INSERT INTO customer (name) VALUES ('Ada Lovelace'), ('Grace Hopper');

-- migrate:downgrade
DROP TABLE customer;
