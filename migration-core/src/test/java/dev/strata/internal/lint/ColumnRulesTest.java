package dev.strata.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.lint.LintFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules on columns: drop-column, rename-column, add-column-not-null-without-default, volatile-default,
 * set-not-null and alter-column-type. The table {@code clients} exists before the revision under test.
 */
class ColumnRulesTest {

    private static final String CLIENTS = "CREATE TABLE clients (id bigint PRIMARY KEY, name varchar(100),"
            + " code varchar, email text, price numeric(10, 2), age int);";

    private static Revisions onClients(String sql) {
        return Revisions.chain().sql(CLIENTS).sql(sql);
    }

    @Test
    void dropColumnLosesItsData() {
        assertThat(onClients("ALTER TABLE clients DROP COLUMN email;").only()).isEqualTo(new LintFinding("r2",
                Revisions.file("r2"), 6, "drop-column", "drops column clients.email and its data", "Deploy a version"
                + " of the service that no longer reads or writes the column first (remove the field from the"
                + " entity), and keep a copy if the data may be needed again: a downgrade can add the column back,"
                + " not its data."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            alter table clients drop email                                   | drops column clients.email
            ALTER TABLE IF EXISTS ONLY public.clients DROP COLUMN IF EXISTS "E-Mail" CASCADE | drops column public.clients."E-Mail"
            ALTER TABLE "Clients" DROP COLUMN "Email"                        | drops column "Clients"."Email"
            """)
    void dropColumnIsReadInEverySpelling(String sql, String start) {
        assertThat(onClients(sql).only().message()).startsWith(start + " and its data");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ALTER TABLE clients DROP CONSTRAINT clients_pkey",
        "ALTER TABLE clients ALTER COLUMN email DROP NOT NULL",
        "ALTER TABLE clients ALTER COLUMN email DROP DEFAULT",
        "ALTER TABLE clients ADD COLUMN drop_column text",
        "COMMENT ON COLUMN clients.email IS 'ALTER TABLE clients DROP COLUMN email'"})
    void otherDropsAreSafe(String sql) {
        assertThat(onClients(sql).found()).isEmpty();
    }

    @Test
    void everyActionOfAnAlterTableIsJudgedOnItsOwnLine() {
        assertThat(onClients("ALTER TABLE clients\n"
                + "    ADD COLUMN phone text,\n"
                + "    DROP COLUMN email,\n"
                + "    RENAME COLUMN name TO full_name;").found())
                .containsExactly("r2:8 [drop-column]", "r2:9 [rename-column]");
    }

    @Test
    void renameColumnBreaksTheRunningVersion() {
        assertThat(onClients("ALTER TABLE clients RENAME COLUMN name TO full_name;").only()).isEqualTo(
                new LintFinding("r2", Revisions.file("r2"), 6, "rename-column", "renames column clients.name to"
                        + " full_name: instances of the running version still use the old name until the rollout"
                        + " ends, and fail", "Add the new column, write to both and backfill it, move reads to it,"
                        + " then drop the old column in a later release."));
        assertThat(onClients("ALTER TABLE clients RENAME name TO \"fullName\"").only().message())
                .startsWith("renames column clients.name to \"fullName\":");
        assertThat(onClients("ALTER TABLE clients RENAME CONSTRAINT clients_pkey TO clients_pk").found()).isEmpty();
    }

    @Test
    void addingANotNullColumnWithoutDefaultFailsOnRows() {
        assertThat(onClients("ALTER TABLE clients ADD COLUMN email2 text NOT NULL;").only()).isEqualTo(
                new LintFinding("r2", Revisions.file("r2"), 6, "add-column-not-null-without-default", "adds NOT NULL"
                        + " column clients.email2 without a default, which fails as soon as the table has a row",
                        "Add the column nullable (or with a constant DEFAULT), backfill it, then make it NOT NULL in"
                                + " a later revision (see set-not-null for doing that without a long lock)."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ALTER TABLE clients ADD phone varchar(20) NOT NULL",
        "ALTER TABLE clients ADD COLUMN IF NOT EXISTS phone text CONSTRAINT phone_nn NOT NULL",
        "ALTER TABLE clients ADD COLUMN phone text NOT NULL DEFAULT NULL",
        "ALTER TABLE clients ADD COLUMN phone text NOT NULL REFERENCES phones ON DELETE SET DEFAULT"})
    void notNullWithoutAValueForExistingRowsIsFound(String sql) {
        assertThat(onClients(sql).found()).contains("r2:6 [add-column-not-null-without-default]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ALTER TABLE clients ADD COLUMN active boolean NOT NULL DEFAULT true",
        "ALTER TABLE clients ADD COLUMN created timestamptz DEFAULT now() NOT NULL",
        "ALTER TABLE clients ADD COLUMN status text NOT NULL DEFAULT 'new'::text",
        "ALTER TABLE clients ADD COLUMN phone text",
        "ALTER TABLE clients ADD COLUMN note text CHECK (note IS NOT NULL)",
        "ALTER TABLE clients ADD COLUMN total numeric GENERATED ALWAYS AS (price * 2) VIRTUAL NOT NULL",
        "CREATE TABLE orders (id int);\nALTER TABLE orders ADD COLUMN client_id bigint NOT NULL"})
    void notNullWithAValueForExistingRowsOrOnANewTableIsSafe(String sql) {
        assertThat(onClients(sql).found()).isEmpty();
    }

    @Test
    void aVolatileDefaultRewritesTheTable() {
        assertThat(onClients("ALTER TABLE clients ADD COLUMN token uuid DEFAULT gen_random_uuid();").only())
                .isEqualTo(new LintFinding("r2", Revisions.file("r2"), 6, "volatile-default", "adds column"
                        + " clients.token with default gen_random_uuid(), which computes a value for every existing"
                        + " row: the table is rewritten under an ACCESS EXCLUSIVE lock", "Add the column without a"
                        + " default (or with a constant one), then SET DEFAULT for new rows in another statement"
                        + " (instant), and backfill the existing rows in batches."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ALTER TABLE clients ADD COLUMN r float8 DEFAULT (random() * 10)                  | default random()
            ALTER TABLE clients ADD COLUMN seen timestamptz NOT NULL DEFAULT clock_timestamp() | default clock_timestamp()
            ALTER TABLE clients ADD COLUMN t uuid DEFAULT public.uuid_generate_v4()           | default uuid_generate_v4()
            ALTER TABLE clients ADD COLUMN n bigint DEFAULT nextval('clients_n_seq')          | default nextval()
            ALTER TABLE clients ADD COLUMN n bigserial                                        | bigserial
            ALTER TABLE clients ADD COLUMN n int GENERATED BY DEFAULT AS IDENTITY             | GENERATED AS IDENTITY
            ALTER TABLE clients ADD COLUMN total numeric GENERATED ALWAYS AS (price * 2) STORED | GENERATED ... STORED
            """)
    void volatileDefaultsAreFound(String sql, String source) {
        assertThat(onClients(sql).only().message()).startsWith("adds column clients.").contains(" with " + source
                + ", which computes");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ALTER TABLE clients ADD COLUMN created timestamptz DEFAULT now()",
        "ALTER TABLE clients ADD COLUMN created timestamptz DEFAULT CURRENT_TIMESTAMP",
        "ALTER TABLE clients ADD COLUMN note text DEFAULT 'random()'",
        "ALTER TABLE clients ADD COLUMN random int DEFAULT 4",
        "ALTER TABLE clients ALTER COLUMN code SET DEFAULT gen_random_uuid()::text",
        "CREATE TABLE orders (id uuid DEFAULT gen_random_uuid());\nALTER TABLE orders ADD COLUMN n bigserial"})
    void stableDefaultsSetDefaultAndNewTablesAreSafe(String sql) {
        assertThat(onClients(sql).found()).isEmpty();
    }

    @Test
    void setNotNullScansUnderTheStrongestLock() {
        assertThat(onClients("ALTER TABLE clients ALTER COLUMN email SET NOT NULL;").only()).isEqualTo(
                new LintFinding("r2", Revisions.file("r2"), 6, "set-not-null", "sets clients.email NOT NULL, which"
                        + " scans the whole table under an ACCESS EXCLUSIVE lock, blocking reads and writes",
                        "ADD CONSTRAINT ... CHECK (email IS NOT NULL) NOT VALID first; then, in one revision,"
                                + " VALIDATE CONSTRAINT (scans without blocking writes), SET NOT NULL (PostgreSQL 12+"
                                + " skips the scan) and DROP CONSTRAINT."));
        assertThat(onClients("alter table clients alter \"email\" set not null").found())
                .containsExactly("r2:6 [set-not-null]");
    }

    @Test
    void setNotNullAfterValidatingANotNullCheckInTheSameRevisionIsSafe() {
        Revisions revisions = onClients("ALTER TABLE clients ADD CONSTRAINT email_nn CHECK ((email IS NOT NULL))"
                + " NOT VALID;").sql("ALTER TABLE clients VALIDATE CONSTRAINT email_nn;\n"
                + "ALTER TABLE clients ALTER COLUMN email SET NOT NULL;\n"
                + "ALTER TABLE clients DROP CONSTRAINT email_nn;");

        assertThat(revisions.found()).isEmpty();
    }

    @Test
    void validatingAnotherColumnsCheckProvesNothing() {
        assertThat(onClients("ALTER TABLE clients ADD CONSTRAINT name_nn CHECK (name IS NOT NULL) NOT VALID;\n"
                + "ALTER TABLE clients ADD CONSTRAINT age_positive CHECK (age > 0) NOT VALID;")
                .sql("ALTER TABLE clients VALIDATE CONSTRAINT name_nn;\n"
                        + "ALTER TABLE clients VALIDATE CONSTRAINT age_positive;\n"
                        + "ALTER TABLE clients ALTER COLUMN email SET NOT NULL;").found())
                .containsExactly("r3:8 [set-not-null]");
    }

    @Test
    void aValidationInAnEarlierRevisionIsNotEnough() {
        assertThat(onClients("ALTER TABLE clients ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
                + "ALTER TABLE clients VALIDATE CONSTRAINT email_nn;")
                .sql("ALTER TABLE clients ALTER COLUMN email SET NOT NULL;").found())
                .containsExactly("r3:6 [set-not-null]");
    }

    @Test
    void changingATypeRewritesTheTable() {
        assertThat(onClients("ALTER TABLE clients ALTER COLUMN age TYPE bigint;").only()).isEqualTo(new LintFinding(
                "r2", Revisions.file("r2"), 6, "alter-column-type", "changes clients.age from int to bigint: rewrites"
                + " the table and rebuilds its indexes under an ACCESS EXCLUSIVE lock", "Only a longer varchar,"
                + " varchar to text, or a numeric with more digits is a catalog change. Otherwise add a column of the"
                + " new type, backfill it in batches, move the service to it, then drop the old column."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ALTER TABLE clients ALTER COLUMN name TYPE varchar(50)                  | changes clients.name from varchar(100) to varchar(50):
            ALTER TABLE clients ALTER name SET DATA TYPE int USING name::int        | changes clients.name from varchar(100) to int (with USING or COLLATE):
            ALTER TABLE clients ALTER COLUMN email TYPE varchar(255)                | changes clients.email from text to varchar(255):
            ALTER TABLE clients ALTER COLUMN price TYPE numeric(12, 4)              | changes clients.price from numeric(10,2) to numeric(12,4):
            ALTER TABLE clients ALTER COLUMN name TYPE text COLLATE "C"             | changes clients.name from varchar(100) to text (with USING or COLLATE):
            ALTER TABLE clients ALTER COLUMN nickname TYPE text                     | changes the type of clients.nickname to text:
            ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2)                | changes the type of orders.total to numeric(12,2):
            """)
    void typeChangesThatRewriteAreFound(String sql, String start) {
        assertThat(onClients(sql).only().message()).startsWith(start);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ALTER TABLE clients ALTER COLUMN name TYPE varchar(200)",
        "ALTER TABLE clients ALTER COLUMN name TYPE character varying(100)",
        "ALTER TABLE clients ALTER COLUMN name TYPE VARCHAR",
        "ALTER TABLE clients ALTER COLUMN name SET DATA TYPE text",
        "ALTER TABLE clients ALTER COLUMN code TYPE text",
        "ALTER TABLE clients ALTER COLUMN email TYPE varchar",
        "ALTER TABLE clients ALTER COLUMN price TYPE numeric(14, 2)",
        "ALTER TABLE clients ALTER COLUMN price TYPE decimal",
        "ALTER TABLE clients ALTER COLUMN age TYPE integer",
        "CREATE TABLE orders (total int);\nALTER TABLE orders ALTER COLUMN total TYPE bigint"})
    void wideningAndNewTablesAreSafe(String sql) {
        assertThat(onClients(sql).found()).isEmpty();
    }

    @Test
    void theTypeIsFollowedThroughLaterRevisions() {
        Revisions revisions = onClients("ALTER TABLE clients ADD COLUMN phone varchar(20);")
                .sql("ALTER TABLE clients ALTER COLUMN phone TYPE varchar(40);")
                .sql("ALTER TABLE clients RENAME COLUMN phone TO mobile;")
                .sql("ALTER TABLE clients RENAME TO customers;")
                .sql("ALTER TABLE customers ALTER COLUMN mobile TYPE varchar(30);\n"
                        + "ALTER TABLE customers ALTER COLUMN mobile TYPE varchar(64);");

        assertThat(revisions.found()).containsExactly("r4:6 [rename-column]", "r5:6 [rename-table]",
                "r6:6 [alter-column-type]");
        assertThat(revisions.lint().findings().get(2).message()).startsWith("changes customers.mobile from"
                + " varchar(40) to varchar(30):");
    }
}
