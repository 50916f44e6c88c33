-- revision: bb0000000002
-- down_revision: aa0000000001
-- message: Left branch

-- migrate:upgrade
CREATE TABLE left_table (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE left_table;
