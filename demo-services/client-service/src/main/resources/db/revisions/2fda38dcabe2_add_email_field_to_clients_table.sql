-- revision: 2fda38dcabe2
-- down_revision: 6382e2d9c96e
-- branch_labels:
-- depends_on:
-- message: Add email field to clients table
-- create_date: 2026-11-25T02:54:39Z

-- migrate:upgrade
-- Reviewed: the column is nullable, so existing clients keep NULL and the ALTER is instant. The unique
-- constraint builds its index while blocking writes to clients: fine at this table's size; on a large table,
-- create the index CONCURRENTLY in a revision with transactional: false and add the constraint USING INDEX.
ALTER TABLE clients ADD COLUMN email character varying(320);

-- strata:lint-ignore add-unique-constraint clients is small; the lock lasts as long as a scan of it (see Reviewed)
ALTER TABLE clients ADD CONSTRAINT clients_email_key UNIQUE (email);

-- migrate:downgrade
ALTER TABLE clients DROP CONSTRAINT clients_email_key;

-- REVIEW: drops column public.clients.email and its data; make sure it is no longer needed, or copy it first
ALTER TABLE clients DROP COLUMN email;
