-- revision: a10000000003
-- down_revision: a10000000002
-- message: Create orders table

-- migrate:upgrade
CREATE TABLE orders (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customer (id)
);

-- migrate:downgrade
DROP TABLE orders;
