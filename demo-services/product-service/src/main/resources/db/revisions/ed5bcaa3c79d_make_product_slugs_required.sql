-- revision: ed5bcaa3c79d
-- down_revision: bc25f1b1f470
-- branch_labels:
-- depends_on:
-- message: Make product slugs required
-- create_date: 2026-11-25T04:03:16Z

-- migrate:upgrade
-- Reviewed: the rows are filled by the revision this one revises (BackfillProductSlugs, a Java revision), which
-- also numbers duplicate slugs, so both statements hold on existing data. SET NOT NULL scans products and the
-- unique constraint builds its index, both while blocking writes: fine at this catalogue's size; on a large
-- table, add CHECK (slug IS NOT NULL) NOT VALID and VALIDATE it first, and build the index CONCURRENTLY.
-- REVIEW: makes public.products.slug NOT NULL, which fails while a row holds NULL there; fill those rows first
-- strata:lint-ignore set-not-null the catalogue is small and the backfill below this revision filled every slug
ALTER TABLE products ALTER COLUMN slug SET NOT NULL;

-- strata:lint-ignore add-unique-constraint the catalogue is small; the lock lasts as long as a scan of it
ALTER TABLE products ADD CONSTRAINT products_slug_key UNIQUE (slug);

-- migrate:downgrade
ALTER TABLE products DROP CONSTRAINT products_slug_key;

ALTER TABLE products ALTER COLUMN slug DROP NOT NULL;
