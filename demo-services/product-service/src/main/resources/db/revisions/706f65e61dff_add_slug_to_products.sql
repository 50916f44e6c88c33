-- revision: 706f65e61dff
-- down_revision: 3a657446f903
-- branch_labels:
-- depends_on:
-- message: Add slug to products
-- create_date: 2026-11-25T04:02:12Z

-- migrate:upgrade
-- Reviewed: nullable and without a default, so the ALTER only touches the catalogue and is instant on a
-- big table; existing products get their slugs from the Java revision after this one (BackfillProductSlugs),
-- and only then does "Make product slugs required" set NOT NULL and UNIQUE. 220 leaves room for a suffix
-- after a 200-character name when two names give the same slug.
ALTER TABLE products ADD COLUMN slug character varying(220);

-- migrate:downgrade
-- REVIEW: drops column public.products.slug and its data; make sure it is no longer needed, or copy it first
ALTER TABLE products DROP COLUMN slug;
