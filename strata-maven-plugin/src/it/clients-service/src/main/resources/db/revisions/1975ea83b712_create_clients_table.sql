-- revision: 1975ea83b712
-- down_revision:
-- branch_labels:
-- depends_on:
-- message: Create clients table
-- create_date: 2026-11-20T09:00:00Z

-- migrate:upgrade
CREATE TABLE clients (
    id bigserial PRIMARY KEY,
    name varchar(200) NOT NULL
);

-- migrate:downgrade
DROP TABLE clients;
