-- revision: e00000000002
-- down_revision: e00000000001
-- message: Create t2

-- migrate:upgrade
CREATE TABLE t2 (id BIGINT PRIMARY KEY);

-- migrate:downgrade
-- irreversible
