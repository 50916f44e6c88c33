package dev.strata.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.lint.LintFinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules on constraints: add-foreign-key-without-not-valid, add-check-without-not-valid and add-unique-constraint.
 * The tables {@code clients} and {@code orders} exist before the revision under test.
 */
class ConstraintRulesTest {

    private static final String TABLES = "CREATE TABLE clients (id bigint PRIMARY KEY, email text, age int);\n"
            + "CREATE TABLE orders (id bigint, client_id bigint);";

    private static Revisions onTables(String sql) {
        return Revisions.chain().sql(TABLES).sql(sql);
    }

    @Test
    void aForeignKeyChecksEveryRowUnderALock() {
        assertThat(onTables("ALTER TABLE orders ADD CONSTRAINT orders_client_fk FOREIGN KEY (client_id)"
                + " REFERENCES clients (id);").only()).isEqualTo(new LintFinding("r2", Revisions.file("r2"), 6,
                "add-foreign-key-without-not-valid", "adds FOREIGN KEY orders_client_fk on orders without NOT VALID:"
                + " every row is checked while writes to orders and clients are blocked", "Add it NOT VALID (new rows"
                + " are checked at once), then VALIDATE CONSTRAINT orders_client_fk in a later revision: it checks the"
                + " existing rows without blocking writes."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ALTER TABLE orders ADD FOREIGN KEY (client_id) REFERENCES public.clients           | adds FOREIGN KEY on orders without NOT VALID: every row is checked while writes to orders and public.clients
            ALTER TABLE "orders" ADD CONSTRAINT "Fk" FOREIGN KEY (client_id) REFERENCES clients ON DELETE CASCADE | adds FOREIGN KEY "Fk" on orders without NOT VALID
            ALTER TABLE orders ADD COLUMN client2_id bigint REFERENCES clients (id)             | adds column orders.client2_id REFERENCES clients: every row is checked
            """)
    void foreignKeysAreReadInEverySpelling(String sql, String start) {
        assertThat(onTables(sql).only().message()).startsWith(start);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ALTER TABLE orders ADD CONSTRAINT orders_client_fk FOREIGN KEY (client_id) REFERENCES clients NOT VALID",
        "ALTER TABLE orders VALIDATE CONSTRAINT orders_client_fk",
        "CREATE TABLE invoices (id int, client_id bigint REFERENCES clients)",
        "CREATE TABLE invoices (id int, client_id bigint);\n"
                + "ALTER TABLE invoices ADD FOREIGN KEY (client_id) REFERENCES clients"})
    void notValidValidateAndNewTablesAreSafe(String sql) {
        assertThat(onTables(sql).found()).isEmpty();
    }

    @Test
    void aCheckScansEveryRowUnderALock() {
        assertThat(onTables("ALTER TABLE clients ADD CONSTRAINT age_positive CHECK (age > 0);").only()).isEqualTo(
                new LintFinding("r2", Revisions.file("r2"), 6, "add-check-without-not-valid", "adds CHECK constraint"
                        + " age_positive on clients without NOT VALID: every row is checked under an ACCESS EXCLUSIVE"
                        + " lock", "Add it NOT VALID (new rows are checked at once), then VALIDATE CONSTRAINT"
                        + " age_positive in a later revision: it checks the existing rows without blocking writes."));
        assertThat(onTables("alter table clients add check (age > 0 and email <> 'NOT VALID')").only().message())
                .startsWith("adds CHECK constraint on clients without NOT VALID");
        assertThat(onTables("ALTER TABLE clients ADD CHECK (NOT valid)").only().message())
                .startsWith("adds CHECK constraint on clients without NOT VALID");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ALTER TABLE clients ADD CONSTRAINT age_positive CHECK (age > 0) NOT VALID",
        "ALTER TABLE clients ADD CONSTRAINT no_overlap EXCLUDE USING gist (age WITH =)",
        "CREATE TABLE invoices (total int);\nALTER TABLE invoices ADD CHECK (total > 0)"})
    void checksNotValidExclusionsAndNewTablesAreSafe(String sql) {
        assertThat(onTables(sql).found()).isEmpty();
    }

    @Test
    void aUniqueConstraintBuildsItsIndexUnderALock() {
        assertThat(onTables("ALTER TABLE clients ADD CONSTRAINT clients_email_key UNIQUE (email);").only()).isEqualTo(
                new LintFinding("r2", Revisions.file("r2"), 6, "add-unique-constraint", "adds UNIQUE constraint"
                        + " clients_email_key on clients: its index is built under an ACCESS EXCLUSIVE lock, blocking"
                        + " reads and writes", "CREATE UNIQUE INDEX CONCURRENTLY clients_email_key ON clients (...)"
                        + " in a '-- transactional: false' revision, then ADD CONSTRAINT clients_email_key UNIQUE"
                        + " USING INDEX clients_email_key."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ALTER TABLE orders ADD PRIMARY KEY (id)                                   | adds PRIMARY KEY constraint on orders:
            ALTER TABLE clients ADD UNIQUE (email) USING INDEX TABLESPACE fast        | adds UNIQUE constraint on clients:
            ALTER TABLE clients ADD COLUMN code text UNIQUE                          | adds column clients.code UNIQUE:
            """)
    void uniqueConstraintsAreReadInEverySpelling(String sql, String start) {
        assertThat(onTables(sql).only().message()).startsWith(start);
    }

    @Test
    void aPrimaryKeyColumnIsBothUniqueAndNotNull() {
        assertThat(onTables("ALTER TABLE orders ADD COLUMN number int PRIMARY KEY;").found())
                .containsExactly("r2:6 [add-column-not-null-without-default]", "r2:6 [add-unique-constraint]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ALTER TABLE clients ADD CONSTRAINT clients_email_key UNIQUE USING INDEX clients_email_idx",
        "ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_idx",
        "CREATE TABLE invoices (id int);\nALTER TABLE invoices ADD PRIMARY KEY (id)"})
    void usingAnIndexBuiltConcurrentlyOrANewTableIsSafe(String sql) {
        assertThat(onTables(sql).found()).isEmpty();
    }
}
