package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.column;
import static dev.strata.engine.RevisionFolder.exists;
import static dev.strata.engine.RevisionFolder.history;
import static dev.strata.engine.RevisionFolder.tables;
import static dev.strata.engine.RevisionFolder.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.strata.JavaRevision;
import dev.strata.MigrationFailedException;
import dev.strata.Operations;
import dev.strata.Revision;
import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.engine.javarevs.AddOrdersAndEmails;
import dev.strata.engine.javarevs.FreezeClientTotals;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Java revisions found on the classpath ({@code dev.strata.engine.javarevs}) in one graph with SQL files:
 * s0_clients (SQL) -> j1_orders (Java: DDL and a backfill) -> j2_totals (Java, irreversible) -> s3_notes (SQL).
 */
@ExtendWith(PostgresExtension.class)
class JavaRevisionTest {

    private static final String JAVA_LOCATION = "classpath:dev/strata/engine/javarevs";

    @TempDir
    Path dir;

    private Strata strata(TestDatabase db) {
        sqlRevisions();
        return Strata.configure().driver(TestDriver.current().driver(db)).locations(JAVA_LOCATION, dir.toString())
                .load();
    }

    /** Only the first SQL revision, and one Java revision given by class. */
    private Strata strata(TestDatabase db, Class<? extends JavaRevision> revision) {
        clients();
        return Strata.configure().driver(TestDriver.current().driver(db)).locations(dir.toString())
                .javaRevisions(revision).load();
    }

    private void sqlRevisions() {
        clients().table("s3_notes", "j2_totals");
    }

    private RevisionFolder clients() {
        return new RevisionFolder(dir)
                .add("s0_clients", "", "", "CREATE TABLE t_clients (id int PRIMARY KEY, name text NOT NULL);\n"
                        + "INSERT INTO t_clients VALUES (1, 'Ada Lovelace'), (2, 'Grace Hopper'), (3, 'Alan Kay');",
                        "DROP TABLE t_clients;");
    }

    @Test
    void javaRevisionsRunBesideSqlRevisionsInOneGraph(TestDatabase db) {
        Strata strata = strata(db);
        assertThat(strata.revision("j1_orders").location()).isEqualTo("class " + AddOrdersAndEmails.class.getName());

        assertThat(strata.upgrade("head").steps()).extracting(s -> s.revision())
                .containsExactly("s0_clients", "j1_orders", "j2_totals", "s3_notes");

        assertThat(versions(db, "strata_version")).containsExactly("s3_notes");
        assertThat(tables(db)).containsExactly("t_client_totals", "t_clients", "t_orders", "t_s3_notes");
        assertThat(column(db, "SELECT id || ' ' || email FROM t_clients ORDER BY id")).containsExactly(
                "1 ada.lovelace@example.com", "2 grace.hopper@example.com", "3 alan.kay@example.com");
        assertThat(column(db, "SELECT is_nullable FROM information_schema.columns WHERE table_name = 't_clients'"
                + " AND column_name = 'email'")).containsExactly("NO");
        assertThat(column(db, "SELECT id || ' ' || client_id || ' ' || amount FROM t_orders ORDER BY id"))
                .containsExactly("1 1 10.50", "2 1 4.50", "3 2 7.00");
        assertThat(column(db, "SELECT indexdef FROM pg_indexes WHERE indexname = 't_orders_client_idx'"))
                .containsExactly("CREATE INDEX t_orders_client_idx ON public.t_orders USING btree (client_id)");
        assertThat(column(db, "SELECT client_id || ' ' || total FROM t_client_totals ORDER BY 1"))
                .containsExactly("1 15.00", "2 7.00");
        assertThat(history(db, "strata_history")).containsExactly("s0_clients upgrade true", "j1_orders upgrade true",
                "j2_totals upgrade true", "s3_notes upgrade true");
    }

    @Test
    void downgradeRevertsAJavaRevision(TestDatabase db) {
        Strata strata = strata(db);
        strata.upgrade("j1_orders");

        strata.downgrade("s0_clients");

        assertThat(versions(db, "strata_version")).containsExactly("s0_clients");
        assertThat(tables(db)).containsExactly("t_clients");
        assertThat(exists(db, "t_orders_client_idx")).isFalse();
        assertThat(column(db, "SELECT string_agg(column_name, ', ' ORDER BY ordinal_position)"
                + " FROM information_schema.columns WHERE table_name = 't_clients'")).containsExactly("id, name");
        assertThat(column(db, "SELECT count(*) FROM t_clients")).containsExactly("3");
    }

    @Test
    void irreversibleRevisionRefusesADowngradeBelowItAndNothingChanges(TestDatabase db) {
        Strata strata = strata(db);
        strata.upgrade("head");
        assertThat(strata.revision("j2_totals").reversible()).isFalse();

        assertThatThrownBy(() -> strata.downgrade("j1_orders")).isExactlyInstanceOf(StrataException.class)
                .hasMessage("Revision j2_totals (class " + FreezeClientTotals.class.getName() + ") declares its"
                        + " downgrade irreversible, so the database cannot be downgraded below it; choose a target at"
                        + " or above j2_totals");

        // s3_notes would have been downgraded first, but the plan was refused as a whole.
        assertThat(versions(db, "strata_version")).containsExactly("s3_notes");
        assertThat(tables(db)).containsExactly("t_client_totals", "t_clients", "t_orders", "t_s3_notes");
        assertThat(history(db, "strata_history")).hasSize(4)
                .allSatisfy(row -> assertThat(row).endsWith("upgrade true"));

        strata.downgrade("j2_totals");
        assertThat(versions(db, "strata_version")).containsExactly("j2_totals");
        assertThat(tables(db)).containsExactly("t_client_totals", "t_clients", "t_orders");
    }

    @Test
    void connectionGivesTheRevisionItsJdbcConnectionAndTransaction(TestDatabase db) {
        assumeThat(TestDriver.current()).as("a java.sql.Connection exists over JDBC only; over R2DBC the"
                + " refusal is the scenario").isEqualTo(TestDriver.JDBC);
        Strata strata = strata(db, JdbcBatchBackfill.class);
        strata.upgrade("s0_clients");

        assertThatThrownBy(() -> strata.upgrade("j_jdbc")).isInstanceOf(MigrationFailedException.class)
                .hasMessage("Revision j_jdbc (class " + JdbcBatchBackfill.class.getName() + ") failed during upgrade:"
                        + " batch saw 3 clients, then gave up\n"
                        + "  The revision was rolled back; the version table does not record it.");
        // The batch ran on the revision's connection, in its transaction: it went with the rollback.
        assertThat(column(db, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'nickname'"))
                .containsExactly("0");

        JdbcBatchBackfill.giveUp = false;
        strata.upgrade("j_jdbc");
        assertThat(column(db, "SELECT nickname FROM t_clients ORDER BY id")).containsExactly("ada", "grace", "alan");
    }

    @Test
    void connectionIsRefusedOverR2dbcWithWhatToUseInstead(TestDatabase db) {
        assumeThat(TestDriver.current()).as("the refusal of a JDBC connection is an R2DBC scenario")
                .isEqualTo(TestDriver.R2DBC);
        Strata strata = strata(db, JdbcBatchBackfill.class);
        strata.upgrade("s0_clients");

        assertThatThrownBy(() -> strata.upgrade("j_jdbc")).isExactlyInstanceOf(MigrationFailedException.class)
                .hasMessage("Revision j_jdbc (class " + JdbcBatchBackfill.class.getName() + ") failed during upgrade:"
                        + " Operations.connection() is not available: this engine runs over R2DBC, which has no"
                        + " JDBC connection. Use op.execute(sql, parameters...) for statements,"
                        + " op.query(sql, parameters...) for rows and op.bulkInsert(table, rows) for data instead\n"
                        + "  The revision was rolled back; the version table does not record it.");
        assertThat(versions(db, "strata_version")).containsExactly("s0_clients");
        assertThat(column(db, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'nickname'"))
                .containsExactly("0");
    }

    @Test
    void offlineScriptRendersJavaDdlAndRefusesDataAccess(TestDatabase db) {
        Strata strata = strata(db);

        assertThat(strata.upgradeSql("j1_orders:j2_totals")).contains("-- Running upgrade j1_orders -> j2_totals",
                "CREATE TABLE t_client_totals",
                "INSERT INTO t_client_totals SELECT client_id, sum(amount) FROM t_orders GROUP BY client_id;",
                "UPDATE strata_version SET version_num='j2_totals' WHERE strata_version.version_num = 'j1_orders';");
        assertThatThrownBy(() -> strata.upgradeSql("s0_clients:j1_orders")).isExactlyInstanceOf(StrataException.class)
                .hasMessage("Revision j1_orders (class " + AddOrdersAndEmails.class.getName() + ") cannot be written"
                        + " offline: bulkInsert cannot run in offline (--sql) mode: there is no database connection."
                        + " Guard data migrations with op.isOffline() or run them online.");
        assertThat(exists(db, "strata_version")).isFalse();
    }

    /**
     * A data migration through the full JDBC API: a batched prepared statement on the revision's own connection,
     * inside its transaction (so a failure after the batch undoes it).
     */
    @Revision(id = "j_jdbc", revises = "s0_clients", message = "Nicknames through a JDBC batch")
    public static final class JdbcBatchBackfill implements JavaRevision {

        static volatile boolean giveUp = true;

        @Override
        public void upgrade(Operations op) throws Exception {
            op.addColumn("t_clients", Operations.Column.of("nickname", "text"));
            int batched = 0;
            try (PreparedStatement update = op.connection().prepareStatement(
                    "UPDATE t_clients SET nickname = lower(split_part(name, ' ', 1)) WHERE id = ?")) {
                for (Map<String, Object> client : op.query("SELECT id FROM t_clients")) {
                    update.setInt(1, (Integer) client.get("id"));
                    update.addBatch();
                    batched++;
                }
                update.executeBatch();
            }
            if (giveUp) {
                throw new IllegalStateException("batch saw " + batched + " clients, then gave up");
            }
        }

        @Override
        public void downgrade(Operations op) {
            op.dropColumn("t_clients", "nickname");
        }
    }
}
