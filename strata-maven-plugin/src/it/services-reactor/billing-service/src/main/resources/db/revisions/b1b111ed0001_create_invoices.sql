-- revision: b1b111ed0001
-- down_revision:
-- message: Create invoices

-- migrate:upgrade
CREATE TABLE invoices (id bigserial PRIMARY KEY, client_id bigint NOT NULL, amount_cents bigint NOT NULL);

-- migrate:downgrade
DROP TABLE invoices;
