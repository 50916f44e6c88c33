package dev.strata.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.lint.LintFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules on whole tables: drop-table, rename-table, create-index-not-concurrently, lock-table, vacuum-full and
 * cluster. The table {@code clients} exists before the revision under test (revision r1 creates it).
 */
class TableRulesTest {

    private static final String CLIENTS = "CREATE TABLE clients (id bigint PRIMARY KEY, name text);";

    private static Revisions onClients(String sql) {
        return Revisions.chain().sql(CLIENTS).sql(sql);
    }

    @Test
    void dropTableLosesTheRows() {
        assertThat(onClients("DROP TABLE clients;").only()).isEqualTo(new LintFinding("r2", Revisions.file("r2"), 6,
                "drop-table", "drops table clients and all its rows", "Deploy a version of the service that no"
                + " longer uses it first, and keep a copy if the data may be needed again: a downgrade can recreate a"
                + " table, not its rows."));
    }

    @Test
    void dropTableNamesEveryExistingTableInOneFinding() {
        LintFinding finding = Revisions.chain().sql("CREATE TABLE scratch (id int);\n"
                + "DROP TABLE IF EXISTS public.orders, scratch, \"Audit\" CASCADE;").only();

        assertThat(finding.message()).isEqualTo("drops tables public.orders, \"Audit\" and all their rows");
        assertThat(finding.line()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DROP INDEX clients_name_idx",
        "DROP VIEW clients",
        "SELECT 'DROP TABLE clients'",
        "-- DROP TABLE clients\nSELECT 1",
        "/* DROP TABLE clients; */ SELECT 1",
        "DO $$ BEGIN EXECUTE 'DROP TABLE clients'; END $$",
        "CREATE TABLE drop_table (id int)"})
    void dropTableIsOnlyTheStatement(String sql) {
        assertThat(onClients(sql).found()).isEmpty();
    }

    @Test
    void renameTableBreaksTheRunningVersion() {
        assertThat(onClients("ALTER TABLE clients RENAME TO customers;").only()).isEqualTo(new LintFinding("r2",
                Revisions.file("r2"), 6, "rename-table", "renames table clients to customers: instances of the"
                + " running version still use the old name until the rollout ends, and fail", "In the same revision,"
                + " CREATE VIEW clients AS SELECT * FROM customers keeps the old name working (a simple view takes"
                + " writes too); drop the view in a later release."));
    }

    @Test
    void renamingATableCreatedInTheSameRevisionIsSafeAndKeepsItNew() {
        assertThat(Revisions.chain().sql("CREATE TABLE clients_new (id int);\n"
                + "ALTER TABLE clients_new RENAME TO clients2;\n"
                + "CREATE INDEX ON clients2 (id);\n"
                + "ALTER TABLE clients2 RENAME COLUMN id TO client_id;").found()).isEmpty();
    }

    @Test
    void createIndexBlocksWrites() {
        assertThat(onClients("CREATE INDEX clients_name_idx ON clients (name);").only()).isEqualTo(new LintFinding(
                "r2", Revisions.file("r2"), 6, "create-index-not-concurrently", "creates an index on clients without"
                + " CONCURRENTLY, blocking every write to the table while it is built", "Use CREATE INDEX"
                + " CONCURRENTLY, in a revision of its own declared '-- transactional: false' (and DROP INDEX"
                + " CONCURRENTLY in its downgrade)."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            create unique index on clients (name)                                 | a unique index on clients
            CREATE INDEX IF NOT EXISTS idx ON ONLY billing.clients USING btree (a) | an index on billing.clients
            CREATE INDEX "Idx" ON "Clients" (name)                                 | an index on "Clients"
            CREATE INDEX ON clients ((lower(name)))                                | an index on clients
            """)
    void createIndexIsReadInEverySpelling(String sql, String what) {
        assertThat(onClients(sql).only().message()).startsWith("creates " + what + " without CONCURRENTLY");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE INDEX CONCURRENTLY clients_name_idx ON clients (name)",
        "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS clients_name_key ON clients (name)",
        "CREATE TABLE orders (id int);\nCREATE INDEX ON orders (id)",
        "CREATE TABLE billing.orders (id int);\nCREATE INDEX ON orders (id)",
        "CREATE INDEXED_VIEW_PLEASE"})
    void createIndexConcurrentlyOrOnANewTableIsSafe(String sql) {
        assertThat(onClients(sql).found()).isEmpty();
    }

    @Test
    void createTableIfNotExistsMayFindTheTableThereWithRows() {
        assertThat(Revisions.chain().sql("CREATE TABLE IF NOT EXISTS clients (id int);\n"
                + "CREATE INDEX ON clients (id);").found()).containsExactly("r1:7 [create-index-not-concurrently]");
    }

    @Test
    void aTableIsOnlyNewInTheRevisionThatCreatesIt() {
        assertThat(Revisions.chain().sql("CREATE TABLE orders (id int);")
                .sql("CREATE INDEX ON orders (id);").found()).containsExactly("r2:6 [create-index-not-concurrently]");
    }

    @Test
    void aTableDroppedAndCreatedAgainIsNew() {
        assertThat(onClients("DROP TABLE orders;\nCREATE TABLE orders (id int);\nCREATE INDEX ON orders (id);")
                .found()).containsExactly("r2:6 [drop-table]");
    }

    @Test
    void lockTableHoldsTheLockUntilCommit() {
        assertThat(onClients("LOCK TABLE clients IN SHARE MODE;").only()).isEqualTo(new LintFinding("r2",
                Revisions.file("r2"), 6, "lock-table", "locks clients until the revision commits (ACCESS EXCLUSIVE"
                + " unless a mode is given), blocking the service", "Let each statement take the lock it needs. If an"
                + " explicit lock is really needed, take the weakest mode that works, keep the revision short, and"
                + " SET lock_timeout so that it fails fast instead of queueing the service behind it."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            LOCK clients                            | locks clients until
            lock table only public.clients, orders * nowait | locks public.clients, orders until
            """)
    void lockTableIsReadInEverySpelling(String sql, String start) {
        assertThat(onClients(sql).only().message()).startsWith(start);
    }

    @Test
    void lockingOnlyNewTablesIsSafe() {
        assertThat(Revisions.chain().sql("CREATE TABLE orders (id int);\nLOCK TABLE orders;").found()).isEmpty();
    }

    @Test
    void vacuumFullRewritesTheTable() {
        assertThat(onClients("VACUUM FULL clients;").only()).isEqualTo(new LintFinding("r2", Revisions.file("r2"), 6,
                "vacuum-full", "rewrites clients with VACUUM FULL under an ACCESS EXCLUSIVE lock, blocking reads and"
                + " writes for as long as it runs", "Leave free space to autovacuum, or reclaim it online with"
                + " pg_repack or pg_squeeze, outside the migrations."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            VACUUM FULL                                   | rewrites every table of the database with VACUUM FULL
            vacuum full verbose analyze clients (name)    | rewrites clients with VACUUM FULL
            VACUUM (FULL, ANALYZE) clients, orders        | rewrites clients, orders with VACUUM FULL
            VACUUM (VERBOSE, FULL true) "Clients"         | rewrites "Clients" with VACUUM FULL
            """)
    void vacuumFullIsReadInEverySpelling(String sql, String start) {
        assertThat(onClients(sql).only().message()).startsWith(start);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VACUUM clients", "VACUUM (ANALYZE) clients", "VACUUM (FULL false) clients",
        "VACUUM ANALYZE clients", "ANALYZE clients"})
    void plainVacuumIsSafe(String sql) {
        assertThat(onClients(sql).found()).isEmpty();
    }

    @Test
    void clusterRewritesTheTable() {
        assertThat(onClients("CLUSTER clients USING clients_pkey;").only()).isEqualTo(new LintFinding("r2",
                Revisions.file("r2"), 6, "cluster", "rewrites clients with CLUSTER under an ACCESS EXCLUSIVE lock,"
                + " blocking reads and writes for as long as it runs", "Run it in a maintenance window outside the"
                + " migrations, or reorder the table online with pg_repack --order-by."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CLUSTER                                 | rewrites every table clustered before with CLUSTER
            CLUSTER VERBOSE                         | rewrites every table clustered before with CLUSTER
            CLUSTER (VERBOSE) billing.clients       | rewrites billing.clients with CLUSTER
            CLUSTER clients_pkey ON clients         | rewrites clients with CLUSTER
            """)
    void clusterIsReadInEverySpelling(String sql, String start) {
        assertThat(onClients(sql).only().message()).startsWith(start);
    }

    @Test
    void clusterOfANewTableIsSafe() {
        assertThat(Revisions.chain().sql("CREATE TABLE orders (id int PRIMARY KEY);\n"
                + "CLUSTER orders USING orders_pkey;").found()).isEmpty();
    }
}
