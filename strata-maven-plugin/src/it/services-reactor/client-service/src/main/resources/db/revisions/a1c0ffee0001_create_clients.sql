-- revision: a1c0ffee0001
-- down_revision:
-- message: Create clients

-- migrate:upgrade
CREATE TABLE clients (id bigserial PRIMARY KEY, name varchar(200) NOT NULL);

-- migrate:downgrade
DROP TABLE clients;
