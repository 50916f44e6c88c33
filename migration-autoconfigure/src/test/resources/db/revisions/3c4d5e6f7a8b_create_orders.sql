-- revision: 3c4d5e6f7a8b
-- down_revision: 2b3c4d5e6f7a
-- message: Create orders table

-- migrate:upgrade
CREATE TABLE orders (
    id BIGINT PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customer (id)
);

-- migrate:downgrade
DROP TABLE orders;
