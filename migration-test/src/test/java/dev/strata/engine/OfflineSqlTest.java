package dev.strata.engine;

import static dev.strata.engine.RevisionFolder.column;
import static dev.strata.engine.RevisionFolder.exists;
import static dev.strata.engine.RevisionFolder.tables;
import static dev.strata.engine.RevisionFolder.versions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.Strata;
import dev.strata.StrataException;
import dev.strata.TransactionMode;
import dev.strata.internal.sql.SqlSplitter;
import dev.strata.internal.sql.SqlStatement;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline mode ({@code --sql}): the script a run would execute, bookkeeping included. Run statement by
 * statement on a fresh database, it must leave exactly what the online run leaves.
 */
@ExtendWith(PostgresExtension.class)
class OfflineSqlTest {

    @TempDir
    Path dir;

    /** a1 (table with data), b2 (non-transactional concurrent index), c3 (table with a foreign key). */
    private RevisionFolder chain() {
        return new RevisionFolder(dir)
                .add("a1", "", "", "CREATE TABLE t_a1 (id int PRIMARY KEY, name text);\n"
                        + "INSERT INTO t_a1 VALUES (1, 'one'), (2, 'two');", "DROP TABLE t_a1;")
                .add("b2", "a1", "-- transactional: false\n", "CREATE INDEX CONCURRENTLY t_a1_name ON t_a1 (name);",
                        "DROP INDEX CONCURRENTLY t_a1_name;")
                .add("c3", "b2", "", "CREATE TABLE t_c3 (a1_id int REFERENCES t_a1 (id));",
                        "DROP TABLE t_c3;");
    }

    /** Strata without a database: offline commands only. */
    private Strata offline() {
        return Strata.configure().locations(dir.toString()).load();
    }

    @Test
    void upgradeScriptFromBaseBuildsWhatAnOnlineUpgradeBuilds(TestDatabase scripted, TestDatabase online) {
        chain();
        String script = offline().upgradeSql("base:head");

        assertThat(script.lines()).containsSubsequence(
                "BEGIN;",
                "CREATE TABLE strata_version (",
                "    CONSTRAINT strata_version_pkc PRIMARY KEY (version_num)",
                ");",
                "COMMIT;",
                "BEGIN;",
                "-- Running upgrade  -> a1",
                "CREATE TABLE t_a1 (id int PRIMARY KEY, name text);",
                "INSERT INTO strata_version (version_num) VALUES ('a1') RETURNING strata_version.version_num;",
                "COMMIT;",
                // The concurrent index stands outside any transaction block.
                "-- Running upgrade a1 -> b2",
                "CREATE INDEX CONCURRENTLY t_a1_name ON t_a1 (name);",
                "UPDATE strata_version SET version_num='b2' WHERE strata_version.version_num = 'a1';",
                "BEGIN;",
                "-- Running upgrade b2 -> c3",
                "CREATE TABLE t_c3 (a1_id int REFERENCES t_a1 (id));",
                "UPDATE strata_version SET version_num='c3' WHERE strata_version.version_num = 'b2';",
                "COMMIT;");
        // With a database, a from:to range does not read or create anything there.
        assertThat(chain().load(scripted).upgradeSql("base:head")).isEqualTo(script);
        assertThat(exists(scripted, "strata_version")).isFalse();

        run(scripted, script);
        chain().load(online).upgrade("head");

        assertThat(versions(scripted, "strata_version")).containsExactly("c3");
        assertThat(schema(scripted)).isEqualTo(schema(online)).contains("index t_a1_name valid");
        assertThat(column(scripted, "SELECT count(*) FROM t_a1")).containsExactly("2");
    }

    @Test
    void downgradeScriptToBaseUndoesEverythingAndEmptiesTheVersionTableAsAlembicDoes(TestDatabase scripted, TestDatabase online) {
        run(scripted, chain().load(scripted).upgradeSql("base:head"));
        chain().load(online).upgrade("head");

        String script = offline().downgradeSql("head:base");
        assertThat(script.lines()).containsSubsequence(
                "-- Running downgrade c3 -> b2",
                "DROP TABLE t_c3;",
                "UPDATE strata_version SET version_num='b2' WHERE strata_version.version_num = 'c3';",
                "-- Running downgrade b2 -> a1",
                "DROP INDEX CONCURRENTLY t_a1_name;",
                "-- Running downgrade a1 -> ",
                "DELETE FROM strata_version WHERE strata_version.version_num = 'a1';");
        assertThat(script).doesNotContain("DROP TABLE strata_version");

        run(scripted, script);
        chain().load(online).downgrade("base");

        assertThat(schema(scripted)).isEqualTo(schema(online)).isEmpty();
        assertThat(versions(scripted, "strata_version")).isEmpty();
        assertThat(versions(online, "strata_version")).isEmpty();
    }

    @Test
    void rangesBetweenRevisionsMoveTheVersionRow(TestDatabase scripted, TestDatabase online) {
        Strata onlineStrata = chain().load(online);
        onlineStrata.upgrade("a1");
        chain().load(scripted).upgrade("a1");

        String up = offline().upgradeSql("a1:c3");
        assertThat(up).doesNotContain("CREATE TABLE strata_version").doesNotContain("INSERT INTO strata_version")
                .contains("UPDATE strata_version SET version_num='b2' WHERE strata_version.version_num = 'a1';")
                .contains("UPDATE strata_version SET version_num='c3' WHERE strata_version.version_num = 'b2';");
        run(scripted, up);
        onlineStrata.upgrade("c3");
        assertThat(versions(scripted, "strata_version")).containsExactly("c3");
        assertThat(schema(scripted)).isEqualTo(schema(online));

        String down = offline().downgradeSql("c3:a1");
        assertThat(down).doesNotContain("DELETE FROM").doesNotContain("DROP TABLE strata_version")
                .contains("UPDATE strata_version SET version_num='a1' WHERE strata_version.version_num = 'b2';");
        run(scripted, down);
        onlineStrata.downgrade("a1");
        assertThat(versions(scripted, "strata_version")).containsExactly("a1");
        assertThat(schema(scripted)).isEqualTo(schema(online));
        assertThat(tables(scripted)).containsExactly("t_a1");
    }

    @Test
    void targetAloneStartsFromTheDatabasesCurrentHeadsWithoutChangingIt(TestDatabase db) {
        Strata strata = chain().load(db);
        strata.upgrade("a1");
        List<String> historyBefore = RevisionFolder.history(db, "strata_history");

        assertThat(strata.upgradeSql("head")).isEqualTo(strata.upgradeSql("a1:head"));
        assertThat(strata.downgradeSql("base")).isEqualTo(strata.downgradeSql("a1:base"));

        assertThat(versions(db, "strata_version")).containsExactly("a1");
        assertThat(RevisionFolder.history(db, "strata_history")).isEqualTo(historyBefore);
        assertThat(tables(db)).containsExactly("t_a1");
    }

    @Test
    void withoutADatabaseARangeIsRequired() {
        chain();
        assertThatThrownBy(() -> offline().upgradeSql("head")).isExactlyInstanceOf(StrataException.class)
                .hasMessage("upgrade with --sql requires <fromrev>:<torev> when no database is configured");
        assertThatThrownBy(() -> offline().downgradeSql("base")).isExactlyInstanceOf(StrataException.class)
                .hasMessage("downgrade with --sql requires <fromrev>:<torev> when no database is configured");
        assertThatThrownBy(() -> offline().upgrade("head")).isExactlyInstanceOf(StrataException.class)
                .hasMessage("No database is configured; set a URL (or a DataSource) to run this command");
    }

    @Test
    void scriptForAConfiguredSchemaSetsTheSessionUpLikeAnOnlineRun(TestDatabase scripted, TestDatabase online) {
        RevisionFolder folder = chain();
        String script = Strata.configure().locations(dir.toString()).schema("app").load().upgradeSql("base:head");

        assertThat(script).startsWith("SET search_path TO app, public;\n\nCREATE SCHEMA IF NOT EXISTS app;\n\n"
                + "BEGIN;\n\nCREATE TABLE app.strata_version (");
        run(scripted, script);
        folder.configure(online).schema("app").load().upgrade("head");

        String relations = "SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname IN ('public', 'app')"
                + " AND tablename <> 'strata_history' ORDER BY 1";
        assertThat(column(scripted, relations)).isEqualTo(column(online, relations))
                .containsExactly("app.strata_version", "app.t_a1", "app.t_c3");
        assertThat(versions(scripted, "app.strata_version")).containsExactly("c3");
    }

    @Test
    void transactionModeAllWrapsTheWholeScriptInOneTransaction(TestDatabase scripted, TestDatabase online) {
        RevisionFolder folder = new RevisionFolder(dir).table("a1", "").table("b2", "a1");
        String script = Strata.configure().locations(dir.toString()).transactionMode(TransactionMode.ALL).load()
                .upgradeSql("base:head");

        assertThat(script.lines().filter(line -> line.equals("BEGIN;"))).hasSize(1);
        assertThat(script.lines().filter(line -> line.equals("COMMIT;"))).hasSize(1);
        assertThat(script).startsWith("BEGIN;\n").endsWith("COMMIT;\n\n");
        run(scripted, script);
        folder.load(online).upgrade("head");
        assertThat(versions(scripted, "strata_version")).containsExactly("b2");
        assertThat(schema(scripted)).isEqualTo(schema(online));
    }

    /** Runs a script the way a DBA's tool would: statement by statement, on one connection. */
    private static void run(TestDatabase db, String script) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (SqlStatement sql : SqlSplitter.split(script, 1)) {
                statement.execute(sql.sql());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Tables with their columns, indexes with validity, constraints: what both runs must agree on. */
    private static List<String> schema(TestDatabase db) {
        List<String> out = new ArrayList<>(column(db, "SELECT 'table ' || table_name || ' ' || string_agg(column_name"
                + " || ' ' || data_type, ', ' ORDER BY ordinal_position) FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name LIKE 't\\_%' GROUP BY table_name ORDER BY 1"));
        out.addAll(column(db, "SELECT 'index ' || c.relname || CASE WHEN i.indisvalid THEN ' valid' ELSE ' invalid'"
                + " END FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid"
                + " WHERE t.relname LIKE 't\\_%' ORDER BY 1"));
        out.addAll(column(db, "SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE conrelid::regclass::text LIKE 't\\_%' ORDER BY 1"));
        return out;
    }
}
