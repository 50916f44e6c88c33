-- revision: e00000000004
-- down_revision: e00000000003
-- message: Create t4

-- migrate:upgrade
CREATE TABLE t4 (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE t4;
