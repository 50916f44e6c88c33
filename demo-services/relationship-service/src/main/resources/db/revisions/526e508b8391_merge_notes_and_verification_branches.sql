-- revision: 526e508b8391
-- down_revision: 5cf97909d45d, d4739cb207b0
-- branch_labels:
-- depends_on:
-- message: Merge notes and verification branches
-- create_date: 2026-11-25T03:58:15Z

-- migrate:upgrade
-- Reviewed: written by strata:merge; empty, as merges usually are: the two branches touch different tables
-- (relationships.notes, parties.verified_*), so nothing needs reconciling. It only joins the graph again, so
-- the version table holds one row and 'head' names one revision.

-- migrate:downgrade
