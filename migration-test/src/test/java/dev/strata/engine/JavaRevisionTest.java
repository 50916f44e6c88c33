package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.column;
import static dev.strata.engine.RevisionFolder.exists;
import static dev.strata.engine.RevisionFolder.history;
import static dev.strata.engine.RevisionFolder.tables;
import static dev.strata.engine.RevisionFolder.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.engine.javarevs.AddOrdersAndEmails;
import dev.strata.engine.javarevs.FreezeClientTotals;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
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
        return Strata.configure().dataSource(db.dataSource(), db.name()).locations(JAVA_LOCATION, dir.toString())
                .load();
    }

    private void sqlRevisions() {
        new RevisionFolder(dir)
                .add("s0_clients", "", "", "CREATE TABLE t_clients (id int PRIMARY KEY, name text NOT NULL);\n"
                        + "INSERT INTO t_clients VALUES (1, 'Ada Lovelace'), (2, 'Grace Hopper'), (3, 'Alan Kay');",
                        "DROP TABLE t_clients;")
                .table("s3_notes", "j2_totals");
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
    void offlineScriptRendersJavaDdlAndRefusesDataAccess(TestDatabase db) {
        Strata strata = strata(db);

        assertThat(strata.upgradeSql("j1_orders:j2_totals")).contains("-- Running upgrade j1_orders -> j2_totals",
                "CREATE TABLE t_client_totals",
                "INSERT INTO t_client_totals SELECT client_id, sum(amount) FROM t_orders GROUP BY client_id;",
                "UPDATE strata_version SET version_num='j2_totals' WHERE strata_version.version_num = 'j1_orders';");
        assertThatThrownBy(() -> strata.upgradeSql("s0_clients:j1_orders")).isExactlyInstanceOf(StrataException.class)
                .hasMessage("Revision j1_orders (class " + AddOrdersAndEmails.class.getName() + ") cannot be written"
                        + " offline: bulkInsert cannot run in offline (--sql) mode: there is no database connection."
                        + " Guard data migrations or run them online.");
        assertThat(exists(db, "strata_version")).isFalse();
    }
}
