-- revision: e00000000003
-- down_revision: e00000000002
-- message: Create t3

-- migrate:upgrade
CREATE TABLE t3 (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE t3;
