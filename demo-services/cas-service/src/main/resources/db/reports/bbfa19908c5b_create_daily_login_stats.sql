-- revision: bbfa19908c5b
-- down_revision:
-- branch_labels:
-- depends_on:
-- message: Create daily login stats
-- create_date: 2026-11-25T04:01:50Z

-- migrate:upgrade
-- Written by hand: cas_reports has no entities to autogenerate from. One row per UTC day and outcome; the key
-- is what lets a day be aggregated again (INSERT ... ON CONFLICT) without counting it twice.
CREATE TABLE daily_login_stats (
    day date NOT NULL,
    outcome character varying(16) NOT NULL,
    logins bigint NOT NULL,
    aggregated_at timestamp with time zone NOT NULL DEFAULT now(),
    CONSTRAINT daily_login_stats_pkey PRIMARY KEY (day, outcome),
    CONSTRAINT daily_login_stats_outcome_check CHECK (outcome IN ('SUCCESS', 'FAILURE', 'LOCKED')),
    CONSTRAINT daily_login_stats_logins_check CHECK (logins >= 0)
);

-- migrate:downgrade
DROP TABLE daily_login_stats;
