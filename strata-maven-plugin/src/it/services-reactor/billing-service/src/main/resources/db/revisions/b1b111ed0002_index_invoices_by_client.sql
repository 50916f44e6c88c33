-- revision: b1b111ed0002
-- down_revision: b1b111ed0001
-- message: Index invoices by client
-- transactional: false

-- migrate:upgrade
CREATE INDEX CONCURRENTLY invoices_client_id_idx ON invoices (client_id);

-- migrate:downgrade
DROP INDEX CONCURRENTLY invoices_client_id_idx;
