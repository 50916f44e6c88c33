-- revision: 9f8e7d6c5b4a
-- down_revision:
-- message: Create report table

-- migrate:upgrade
CREATE TABLE report (
    id BIGINT PRIMARY KEY,
    title TEXT NOT NULL
);

-- migrate:downgrade
DROP TABLE report;
