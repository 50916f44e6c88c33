-- revision: cc0000000003
-- down_revision: aa0000000001
-- message: Right branch

-- migrate:upgrade
CREATE TABLE right_table (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE right_table;
