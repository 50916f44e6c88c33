-- revision: 09f6c10c426c
-- down_revision: bbfa19908c5b
-- branch_labels:
-- depends_on:
-- message: Count distinct principals per day
-- create_date: 2026-11-25T04:01:57Z

-- migrate:upgrade
-- Written by hand. How many accounts a day's failures hit tells one user mistyping a password fifty times from
-- a password spray. No backfill is possible here: the events are in cas_audit, not in this database, so days
-- aggregated before this revision keep NULL ("not counted") until POST /reports/daily aggregates them again.
-- A nullable column with no default is added without rewriting the table. Its check is NOT VALID: every
-- existing row holds NULL there, which the check accepts anyway, so scanning them under a lock proves nothing
-- (strata lint: add-check-without-not-valid); new and updated rows are checked all the same.
ALTER TABLE daily_login_stats ADD COLUMN principals bigint;
ALTER TABLE daily_login_stats ADD CONSTRAINT daily_login_stats_principals_check
    CHECK (principals >= 0 AND principals <= logins) NOT VALID;

-- migrate:downgrade
ALTER TABLE daily_login_stats DROP CONSTRAINT daily_login_stats_principals_check;
ALTER TABLE daily_login_stats DROP COLUMN principals;
