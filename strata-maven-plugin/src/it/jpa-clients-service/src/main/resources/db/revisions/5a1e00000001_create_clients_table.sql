-- revision: 5a1e00000001
-- down_revision:
-- branch_labels:
-- depends_on:
-- message: Create clients table
-- create_date: 2026-11-25T10:00:00Z

-- migrate:upgrade
CREATE TABLE clients (
    id bigint NOT NULL,
    full_name character varying(120) NOT NULL,
    CONSTRAINT clients_pkey PRIMARY KEY (id)
);

-- migrate:downgrade
DROP TABLE clients;
