package dev.strata.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatementRulesTest {

    private static final int PG15 = 150004;
    private static final int PG11 = 110022;

    private static SqlStatement statement(String sql) {
        return new SqlStatement(sql, 1);
    }

    @Nested
    class TransactionControl {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                BEGIN                                             | BEGIN
                begin work                                        | BEGIN
                BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE    | BEGIN
                START TRANSACTION READ ONLY                       | START TRANSACTION
                COMMIT                                            | COMMIT
                commit and chain                                  | COMMIT
                END TRANSACTION                                   | END
                ROLLBACK                                          | ROLLBACK
                ROLLBACK WORK AND NO CHAIN                        | ROLLBACK
                ABORT                                             | ABORT
                SAVEPOINT before_backfill                         | SAVEPOINT
                RELEASE before_backfill                           | RELEASE SAVEPOINT
                RELEASE SAVEPOINT before_backfill                 | RELEASE SAVEPOINT
                ROLLBACK TO before_backfill                       | ROLLBACK TO SAVEPOINT
                ROLLBACK TRANSACTION TO SAVEPOINT before_backfill | ROLLBACK TO SAVEPOINT
                PREPARE TRANSACTION 'tx1'                         | PREPARE TRANSACTION
                COMMIT PREPARED 'tx1'                             | COMMIT PREPARED
                ROLLBACK PREPARED 'tx1'                           | ROLLBACK PREPARED
                """)
        void namesTransactionControlStatements(String sql, String name) {
            assertThat(StatementRules.transactionControl(statement(sql))).contains(name);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "SELECT 1",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END",
            "BEGIN ATOMIC SELECT 1; END",
            "DO $$ BEGIN COMMIT; END $$",
            "PREPARE begin_plan AS SELECT 1",
            "PREPARE transaction AS SELECT 1",
            "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE",
            "\"BEGIN\"",
            "SELECT 'COMMIT'",
            "START_TIME",
            "beginning"
        })
        void ignoresEverythingElse(String sql) {
            assertThat(StatementRules.transactionControl(statement(sql))).isEmpty();
        }

        @Test
        void looksPastLeadingComments() {
            assertThat(StatementRules.transactionControl(statement("/* ROLLBACK */ -- abort\n  commit")))
                    .contains("COMMIT");
        }

        @Test
        void detectsTheTransactionOfAScriptThatManagesItsOwn() {
            String script = """
                    BEGIN;
                    CREATE TABLE t (id int);
                    SAVEPOINT s;
                    INSERT INTO t VALUES (1);
                    ROLLBACK TO s;
                    COMMIT;
                    """;

            assertThat(SqlSplitter.split(script, 1).stream().map(StatementRules::transactionControl))
                    .map(name -> name.orElse("-"))
                    .containsExactly("BEGIN", "-", "SAVEPOINT", "-", "ROLLBACK TO SAVEPOINT", "COMMIT");
        }

        @Test
        void onlyAsciiLettersFoldToKeywords() {
            // Java's toUpperCase turns the Turkish dotless i into I; PostgreSQL does not.
            assertThat(StatementRules.transactionControl(statement("beg\u0131n"))).isEmpty();
        }

        @Test
        void reportsAnUnterminatedStringInAHandMadeStatement() {
            assertThatThrownBy(() -> StatementRules.transactionControl(new SqlStatement("SELECT 'x", 7)))
                    .isInstanceOf(SqlSyntaxException.class)
                    .hasMessage("Unterminated quoted string opened at line 7: a closing ' is missing");
        }
    }

    @Nested
    class RequiresNoTransaction {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                CREATE INDEX CONCURRENTLY idx ON t (a)                                | CREATE INDEX CONCURRENTLY
                create unique index concurrently if not exists idx on only t (a)      | CREATE INDEX CONCURRENTLY
                CREATE INDEX CONCURRENTLY ON t (a)                                    | CREATE INDEX CONCURRENTLY
                DROP INDEX CONCURRENTLY IF EXISTS idx                                 | DROP INDEX CONCURRENTLY
                REINDEX INDEX CONCURRENTLY idx                                        | REINDEX CONCURRENTLY
                REINDEX (VERBOSE, CONCURRENTLY) TABLE t                               | REINDEX CONCURRENTLY
                REINDEX (CONCURRENTLY true) TABLE t                                   | REINDEX CONCURRENTLY
                REINDEX SCHEMA app                                                    | REINDEX SCHEMA
                REINDEX (VERBOSE) DATABASE app                                        | REINDEX DATABASE
                REINDEX SYSTEM                                                        | REINDEX SYSTEM
                REINDEX SYSTEM app                                                    | REINDEX SYSTEM
                VACUUM                                                                | VACUUM
                VACUUM (ANALYZE, VERBOSE) t                                           | VACUUM
                CLUSTER                                                               | CLUSTER
                CLUSTER VERBOSE                                                       | CLUSTER
                CLUSTER (VERBOSE)                                                     | CLUSTER
                CREATE DATABASE app TEMPLATE template0                                | CREATE DATABASE
                DROP DATABASE IF EXISTS app WITH (FORCE)                              | DROP DATABASE
                ALTER DATABASE app SET TABLESPACE fast                                | ALTER DATABASE SET TABLESPACE
                CREATE TABLESPACE fast LOCATION '/ssd'                                | CREATE TABLESPACE
                DROP TABLESPACE fast                                                  | DROP TABLESPACE
                ALTER SYSTEM SET work_mem = '64MB'                                    | ALTER SYSTEM
                DISCARD ALL                                                           | DISCARD ALL
                ALTER TABLE measurements DETACH PARTITION m2020 CONCURRENTLY          | ALTER TABLE ... DETACH CONCURRENTLY
                CREATE SUBSCRIPTION s CONNECTION 'host=a' PUBLICATION p               | CREATE SUBSCRIPTION ... WITH (create_slot = true)
                CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (binary)      | CREATE SUBSCRIPTION ... WITH (create_slot = true)
                DROP SUBSCRIPTION IF EXISTS s                                         | DROP SUBSCRIPTION
                ALTER SUBSCRIPTION s REFRESH PUBLICATION WITH (copy_data = false)     | ALTER SUBSCRIPTION ... REFRESH
                ALTER SUBSCRIPTION s SET PUBLICATION p2                               | ALTER SUBSCRIPTION with refresh
                ALTER SUBSCRIPTION s ADD PUBLICATION p2 WITH (refresh = true)         | ALTER SUBSCRIPTION with refresh
                ALTER SUBSCRIPTION s SET (failover = true)                            | ALTER SUBSCRIPTION ... SET (failover)
                ALTER SUBSCRIPTION s SET (two_phase = off)                            | ALTER SUBSCRIPTION ... SET (two_phase = false)
                COMMIT PREPARED 'tx1'                                                 | COMMIT PREPARED
                ROLLBACK PREPARED 'tx1'                                               | ROLLBACK PREPARED
                """)
        void namesStatementsThatCannotRunInATransactionBlock(String sql, String name) {
            assertThat(StatementRules.requiresNoTransaction(statement(sql), PG15)).contains(name);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "CREATE INDEX idx ON t (a)",
            "CREATE INDEX concurrently_named ON t (a)",
            "CREATE TABLE concurrently_log (id int)",
            "DROP INDEX idx",
            "REINDEX TABLE t",
            "REINDEX (CONCURRENTLY false) TABLE t",
            "REINDEX (VERBOSE) INDEX idx",
            "CLUSTER t USING t_pkey",
            "CLUSTER VERBOSE t",
            "CLUSTER (VERBOSE) t",
            "ANALYZE t",
            "ALTER DATABASE app SET search_path = app, public",
            "ALTER TABLESPACE fast OWNER TO app",
            "ALTER TABLE t DETACH PARTITION p",
            "ALTER TABLE t DETACH PARTITION p FINALIZE",
            "ALTER TABLE t ADD COLUMN value int",
            "ALTER TYPE mood ADD VALUE 'meh'",
            "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (create_slot = false, slot_name = s)",
            "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p WITH (connect = false)",
            "ALTER SUBSCRIPTION s SET PUBLICATION p2 WITH (refresh = false)",
            "ALTER SUBSCRIPTION s SET (slot_name = NONE)",
            "ALTER SUBSCRIPTION s SET (two_phase = true)",
            "ALTER SUBSCRIPTION s DISABLE",
            "DISCARD PLANS",
            "COMMIT",
            "SELECT 'VACUUM'",
            "/* VACUUM */ SELECT 1",
            "DO $$ BEGIN RAISE NOTICE 'VACUUM'; END $$",
            "REFRESH MATERIALIZED VIEW CONCURRENTLY mv"
        })
        void allowsEverythingElse(String sql) {
            assertThat(StatementRules.requiresNoTransaction(statement(sql), PG15)).isEmpty();
        }

        @Test
        void enumAddValueNeedsNoTransactionOnlyBeforePostgres12() {
            SqlStatement addValue = statement("ALTER TYPE app.\"Mood\" ADD VALUE IF NOT EXISTS 'meh' AFTER 'ok'");

            assertThat(StatementRules.requiresNoTransaction(addValue, PG11)).contains("ALTER TYPE ... ADD");
            assertThat(StatementRules.requiresNoTransaction(addValue, 120000)).isEmpty();
        }

        @Test
        void compositeTypeAttributeIsNotAnEnumValue() {
            SqlStatement addAttribute = statement("ALTER TYPE pair ADD ATTRIBUTE value int");

            assertThat(StatementRules.requiresNoTransaction(addAttribute, PG11)).isEmpty();
        }

        @Test
        void looksPastLeadingCommentsAndCase() {
            SqlStatement statement = statement("-- needs autocommit\n/* really */ create\tINDEX\nConcurrently i ON t(a)");

            assertThat(StatementRules.requiresNoTransaction(statement, PG15)).contains("CREATE INDEX CONCURRENTLY");
        }
    }
}
