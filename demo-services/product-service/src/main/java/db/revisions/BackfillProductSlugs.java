package db.revisions;

import dev.strata.JavaRevision;
import dev.strata.Operations;
import dev.strata.Revision;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
  * Gives every product that has no slug one made from its name, so that the next revision can make slugs
  * required and unique: a data migration between two schema revisions, as Alembic users write them.
  *
  * <p>Java rather than SQL because the rule (accents folded, punctuation dropped, duplicates numbered) reads
  * badly in SQL. The rule is a frozen copy of the one the service uses for new products
  * ({@code dev.strata.demo.product.Slug}), on purpose: a revision must do on next year's fresh database what it
  * did today, whatever the service's code has become by then.
  */
@Revision(id = "bc25f1b1f470", revises = "706f65e61dff", message = "Backfill product slugs",
        createDate = "2026-11-25T04:03:00Z")
public final class BackfillProductSlugs implements JavaRevision {

    /** Rows read and written per round trip: bounds memory on a big catalogue, and the size of each JDBC batch. */
    private static final int BATCH_SIZE = 500;

    /** Leaves room in varchar(220) for a "-NNN" suffix. */
    private static final int MAX_BASE_LENGTH = 200;

    @Override
    public void upgrade(Operations op) throws SQLException {
        // Slugs set by hand before this revision ran stay, and no other product may take them.
        Set<String> taken = new HashSet<>();
        for (Map<String, Object> row : op.query("SELECT slug FROM products WHERE slug IS NOT NULL")) {
            taken.add((String) row.get("slug"));
        }
        // Keyset pages in id order: the oldest product keeps the plain slug when two names collide.
        long lastId = Long.MIN_VALUE;
        List<Map<String, Object>> page;
        do {
            page = op.query("SELECT id, name FROM products WHERE slug IS NULL AND id > ? ORDER BY id LIMIT ?",
                    lastId, BATCH_SIZE);
            try (PreparedStatement update =
                    op.connection().prepareStatement("UPDATE products SET slug = ? WHERE id = ?")) {
                for (Map<String, Object> row : page) {
                    lastId = ((Number) row.get("id")).longValue();
                    update.setString(1, unique(slugOf((String) row.get("name")), taken));
                    update.setLong(2, lastId);
                    update.addBatch();
                }
                update.executeBatch();
            }
        } while (page.size() == BATCH_SIZE);
    }

    @Override
    public void downgrade(Operations op) {
        // Every slug back to NULL, as "Add slug to products" left them: the backfill keeps no list of the rows it
        // filled, so a slug set by hand before it goes too.
        op.execute("UPDATE products SET slug = NULL");
    }

    private static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        if (slug.length() > MAX_BASE_LENGTH) {
            slug = slug.substring(0, MAX_BASE_LENGTH);
        }
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "product" : slug;
    }

    private static String unique(String base, Set<String> taken) {
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
