-- revision: d00000000001
-- down_revision:
-- message: Works

-- migrate:upgrade
CREATE TABLE fine (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE fine;
