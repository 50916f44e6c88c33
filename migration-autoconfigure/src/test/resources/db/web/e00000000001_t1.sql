-- revision: e00000000001
-- down_revision: 
-- message: Create t1

-- migrate:upgrade
CREATE TABLE t1 (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE t1;
