package dev.strata.demo.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
  * The Java revision that backfills slugs, run by Strata's engine on a scratch database that has products
  * from before slugs existed (a fresh service database has none, so the service's own tests cannot show it).
  */
class SlugBackfillRevisionTest {

    private static final String ADD_SLUG = "706f65e61dff";
    private static final String BACKFILL = "bc25f1b1f470";
    private static final String SLUGS_REQUIRED = "ed5bcaa3c79d";

    /** More than two of the revision's pages of 500, so the last page is a partial one. */
    private static final int BULK_ROWS = 1203;

    private TestDatabase database;
    private Strata strata;

    @BeforeEach
    void migrateToJustBeforeTheBackfill() {
        database = TestPostgres.shared().createDatabase();
        strata = Strata.configure()
                .dataSource(database.dataSource())
                .locations("classpath:db/revisions")
                .load();
        strata.upgrade(ADD_SLUG);
    }

    @AfterEach
    void dropTheDatabase() {
        database.close();
    }

    @Test
    void fillsEverySlugFromTheNameThenTheColumnBecomesRequired() throws SQLException {
        insertProduct("FUR-001", "Oak Desk", null);
        insertProduct("FUR-002", "Oak desk!", null);
        insertProduct("STA-001", "Chaise Écolière, 2e éd.", null);
        insertProduct("STA-002", "???", null);
        // A slug set by hand before the backfill ran: kept, and no other product may take it.
        insertProduct("ELE-001", "Standing desk", "oak-desk-2");
        insertProduct("ELE-002", "Oak Desk", null);
        sql("INSERT INTO products (sku, name, category, price, status, created_at)"
                + " SELECT 'BULK-' || n, 'Bulk item ' || n, 'STATIONERY', 1.50, 'ACTIVE', now()"
                + " FROM generate_series(1, " + BULK_ROWS + ") AS n");

        strata.upgrade("head");

        assertThat(strata.current()).extracting(RevisionInfo::id).containsExactly(SLUGS_REQUIRED);
        Map<String, String> slugs = slugsBySku();
        assertThat(slugs).containsEntry("FUR-001", "oak-desk")
                .containsEntry("FUR-002", "oak-desk-3")
                .containsEntry("STA-001", "chaise-ecoliere-2e-ed")
                .containsEntry("STA-002", "product")
                .containsEntry("ELE-001", "oak-desk-2")
                .containsEntry("ELE-002", "oak-desk-4")
                .containsEntry("BULK-1", "bulk-item-1")
                .containsEntry("BULK-" + BULK_ROWS, "bulk-item-" + BULK_ROWS);
        assertThat(slugs).hasSize(6 + BULK_ROWS).doesNotContainValue(null);
        assertThat(slugs.values()).doesNotHaveDuplicates();
        assertThat(slugNullable()).isEqualTo("NO");
        assertThatThrownBy(() -> insertProduct("FUR-003", "Pine Desk", null))
                .hasMessageContaining("null value in column \"slug\"");
        assertThatThrownBy(() -> insertProduct("FUR-004", "Pine Desk", "oak-desk"))
                .hasMessageContaining("products_slug_key");

        strata.downgrade("-1");
        assertThat(strata.current()).extracting(RevisionInfo::id).containsExactly(BACKFILL);
        assertThat(slugNullable()).isEqualTo("YES");
        assertThat(slugsBySku()).containsEntry("STA-001", "chaise-ecoliere-2e-ed").doesNotContainValue(null);

        strata.downgrade("-1");
        assertThat(strata.current()).extracting(RevisionInfo::id).containsExactly(ADD_SLUG);
        Map<String, String> afterDowngrade = slugsBySku();
        assertThat(afterDowngrade).hasSize(6 + BULK_ROWS);
        assertThat(afterDowngrade.values()).containsOnlyNulls();
        assertThat(historyOf(BACKFILL)).containsExactly("upgrade", "downgrade");
    }

    @Test
    void anEmptyCatalogueGoesThroughUnchanged() {
        strata.upgrade("head");
        strata.downgrade("-2");
        assertThat(strata.current()).extracting(RevisionInfo::id).containsExactly(ADD_SLUG);
    }

    private void insertProduct(String sku, String name, String slug) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO products"
                        + " (sku, name, slug, category, price, status, created_at)"
                        + " VALUES (?, ?, ?, 'FURNITURE', 249.00, 'ACTIVE', now())")) {
            insert.setString(1, sku);
            insert.setString(2, name);
            insert.setString(3, slug);
            insert.executeUpdate();
        }
    }

    private Map<String, String> slugsBySku() throws SQLException {
        Map<String, String> slugs = new LinkedHashMap<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT sku, slug FROM products ORDER BY id")) {
            while (rows.next()) {
                slugs.put(rows.getString(1), rows.getString(2));
            }
        }
        return slugs;
    }

    private String slugNullable() throws SQLException {
        return queryStrings("SELECT is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'products' AND column_name = 'slug'").get(0);
    }

    private List<String> historyOf(String revision) throws SQLException {
        return queryStrings("SELECT direction FROM strata_history WHERE revision = '" + revision + "' AND success"
                + " ORDER BY id");
    }

    private List<String> queryStrings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = database.connect(); Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement);
        }
    }
}
