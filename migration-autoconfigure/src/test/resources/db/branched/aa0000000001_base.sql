-- revision: aa0000000001
-- down_revision:
-- message: Base

-- migrate:upgrade
CREATE TABLE base_table (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE base_table;
