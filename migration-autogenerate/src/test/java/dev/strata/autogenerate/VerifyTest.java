package dev.strata.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.JavaRevision;
import dev.strata.Operations;
import dev.strata.Revision;
import dev.strata.RevisionInfo;
import dev.strata.Strata;
import dev.strata.autogenerate.RevisionVerdict.Outcome;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} on real PostgreSQL: every revision goes up, down and up again on scratch databases, and each
 * revision that does not leave the schema it should is named with what it left.
 */
class VerifyTest {

    private static final String CLIENTS = "1a2b3c4d5e6f";
    private static final String ORDERS = "1a9f8e7d6c5b";
    private static final String EMAIL = "3f2a9c1b7d4e";
    private static final String PHONE = "4c5d6e7f8a9b";

    @TempDir
    Path dir;

    @Test
    void aLineOfRevisionsThatUndoThemselvesPassesInGraphOrder() {
        linear();
        List<String> heard = new ArrayList<>();

        VerifyReport report = Verify.of(strata()).run(new VerifyListener() {
            @Override
            public void started(int position, int total, RevisionInfo revision) {
                heard.add(position + "/" + total + " " + revision.id());
            }

            @Override
            public void finished(int position, int total, RevisionVerdict verdict) {
                heard.add(position + "/" + total + " " + verdict.outcome());
            }
        });

        assertThat(report.revisions()).containsExactly(
                new RevisionVerdict(CLIENTS, "create clients", Outcome.OK, null),
                new RevisionVerdict(ORDERS, "create orders", Outcome.OK, null),
                new RevisionVerdict(EMAIL, "add email column", Outcome.OK, null));
        assertThat(report.passed()).isTrue();
        assertThat(report.failures()).isEmpty();
        assertThat(heard).containsExactly("1/3 " + CLIENTS, "1/3 OK", "2/3 " + ORDERS, "2/3 OK", "3/3 " + EMAIL,
                "3/3 OK");
    }

    @Test
    void aDowngradeThatForgetsAColumnFailsNamingTheRevisionAndTheColumn() {
        revision(CLIENTS, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY);", "DROP TABLE clients;");
        revision(EMAIL, CLIENTS, "add email column", "ALTER TABLE clients ADD COLUMN email varchar(255);",
                "SELECT 1;");
        revision(PHONE, EMAIL, "add phone column", "ALTER TABLE clients ADD COLUMN phone text;",
                "ALTER TABLE clients DROP COLUMN phone;");

        VerifyReport report = Verify.of(strata()).run();

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).containsExactly(new RevisionVerdict(EMAIL, "add email column", Outcome.FAILED,
                "downgrade of 3f2a9c1b7d4e (add email column) leaves the schema different from before its upgrade:"
                        + " add_column public.clients.email character varying(255)"));
        assertThat(report.revisions()).extracting(RevisionVerdict::outcome)
                .as("the revision above it is verified all the same, on a database rebuilt for it")
                .containsExactly(Outcome.OK, Outcome.FAILED, Outcome.OK);
    }

    @Test
    void aDowngradeThatDropsMoreThanItsUpgradeMadeFails() {
        revision(CLIENTS, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY);", "DROP TABLE clients;");
        revision(ORDERS, CLIENTS, "create orders", """
                CREATE TABLE orders (id int PRIMARY KEY, client int REFERENCES clients);
                CREATE INDEX orders_client ON orders (client);""", "DROP TABLE orders;");
        revision(EMAIL, ORDERS, "add email column", "ALTER TABLE clients ADD COLUMN email text;",
                "ALTER TABLE clients DROP COLUMN email;\nDROP INDEX orders_client;");

        VerifyReport report = Verify.of(strata()).run();

        assertThat(report.failures()).containsExactly(new RevisionVerdict(EMAIL, "add email column", Outcome.FAILED,
                "downgrade of 3f2a9c1b7d4e (add email column) leaves the schema different from before its upgrade:"
                        + " remove_index public.orders.orders_client (client)"));
    }

    @Test
    void schemasAndExtensionsCountToo() {
        revision(CLIENTS, "", "create audit schema", "CREATE SCHEMA audit;", "DROP SCHEMA audit;");
        revision(EMAIL, CLIENTS, "hash emails", "CREATE EXTENSION pgcrypto;\nCREATE SCHEMA hashing;",
                "DROP SCHEMA audit;");

        VerifyReport report = Verify.of(strata()).run();

        assertThat(report.failures()).extracting(RevisionVerdict::detail).containsExactly(
                "downgrade of 3f2a9c1b7d4e (hash emails) leaves the schema different from before its upgrade:"
                        + " add_extension pgcrypto; add_schema hashing; remove_schema audit");
    }

    @Test
    void anUpgradeThatBuildsSomethingElseTheSecondTimeFails() {
        revision(CLIENTS, "", "create clients", """
                CREATE TABLE clients (id int PRIMARY KEY);
                CREATE TABLE runs (n int);""", "DROP TABLE runs;\nDROP TABLE clients;");
        // The upgrade looks at rows its downgrade leaves behind: the second time, it builds another column type.
        revision(EMAIL, CLIENTS, "add email column", """
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM runs) THEN
                        ALTER TABLE clients ADD COLUMN email varchar(100);
                    ELSE
                        ALTER TABLE clients ADD COLUMN email text;
                    END IF;
                END $$;
                INSERT INTO runs VALUES (1);""", "ALTER TABLE clients DROP COLUMN email;");

        VerifyReport report = Verify.of(strata()).run();

        assertThat(report.failures()).containsExactly(new RevisionVerdict(EMAIL, "add email column", Outcome.FAILED,
                "second upgrade of 3f2a9c1b7d4e (add email column) leaves the schema different from its first"
                        + " upgrade: modify_type public.clients.email: text -> character varying(100)"));
    }

    @Test
    void anIrreversibleRevisionIsUpgradedOnlyAndWhatItBuildsOnStillPasses() {
        revision(CLIENTS, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY);", "DROP TABLE clients;");
        revision(ORDERS, CLIENTS, "drop legacy data", "DELETE FROM clients;", "-- irreversible");
        revision(EMAIL, ORDERS, "add email column", "ALTER TABLE clients ADD COLUMN email text;",
                "ALTER TABLE clients DROP COLUMN email;");

        VerifyReport report = Verify.of(strata()).run();

        assertThat(report.revisions()).containsExactly(
                new RevisionVerdict(CLIENTS, "create clients", Outcome.OK, null),
                new RevisionVerdict(ORDERS, "drop legacy data", Outcome.IRREVERSIBLE, null),
                new RevisionVerdict(EMAIL, "add email column", Outcome.OK, null));
        assertThat(report.passed()).isTrue();
        assertThat(report.count(Outcome.IRREVERSIBLE)).isEqualTo(1);
    }

    @Test
    void aFailingUpgradeGivesTheEnginesMessageAndSkipsWhatBuildsOnIt() {
        revision(CLIENTS, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY);", "DROP TABLE clients;");
        Path broken = revision(EMAIL, CLIENTS, "add email column", "ALTER TABLE client ADD COLUMN email text;",
                "ALTER TABLE client DROP COLUMN email;");
        revision(PHONE, EMAIL, "add phone column", "ALTER TABLE clients ADD COLUMN phone text;",
                "ALTER TABLE clients DROP COLUMN phone;");

        VerifyReport report = Verify.of(strata()).run();

        assertThat(report.revisions()).containsExactly(
                new RevisionVerdict(CLIENTS, "create clients", Outcome.OK, null),
                new RevisionVerdict(EMAIL, "add email column", Outcome.FAILED, "upgrade of 3f2a9c1b7d4e (add email"
                        + " column) failed: Revision 3f2a9c1b7d4e (" + broken + ", line 6) failed during upgrade:"
                        + " ERROR: relation \"client\" does not exist\n"
                        + "  Statement: ALTER TABLE client ADD COLUMN email text\n"
                        + "  The revision was rolled back; the version table does not record it."),
                new RevisionVerdict(PHONE, "add phone column", Outcome.SKIPPED, "not run: it needs 3f2a9c1b7d4e (add"
                        + " email column), which does not upgrade"));
    }

    @Test
    void branchesAndTheirMergeEachPassAndTheMergesDowngradeReopensBothBranches() {
        revision(CLIENTS, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY);", "DROP TABLE clients;");
        revision("b1", CLIENTS, "create orders", "CREATE TABLE orders (id int PRIMARY KEY);", "DROP TABLE orders;");
        revision("b2", CLIENTS, "create invoices", "CREATE TABLE invoices (id int PRIMARY KEY);",
                "DROP TABLE invoices;");
        revision("b3", "b2", "add invoice total", "ALTER TABLE invoices ADD COLUMN total numeric(10, 2);",
                "ALTER TABLE invoices DROP COLUMN total;");
        revision("m1", "b1, b3", "merge billing", """
                ALTER TABLE orders ADD COLUMN invoice int REFERENCES invoices;""",
                "ALTER TABLE orders DROP COLUMN invoice;");
        revision("m2", "m1", "add email column", "ALTER TABLE clients ADD COLUMN email text;",
                "ALTER TABLE clients DROP COLUMN email;");

        VerifyReport report = Verify.of(strata()).run();

        assertThat(report.revisions()).extracting(RevisionVerdict::id).as("from base, each after its parents")
                .containsExactly(CLIENTS, "b2", "b3", "b1", "m1", "m2");
        assertThat(report.revisions()).allSatisfy(verdict -> assertThat(verdict.outcome()).as(verdict.toString())
                .isEqualTo(Outcome.OK));
    }

    @Test
    void aMergeWhoseDowngradeForgetsItsChangeFails() {
        revision(CLIENTS, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY);", "DROP TABLE clients;");
        revision("b1", CLIENTS, "create orders", "CREATE TABLE orders (id int PRIMARY KEY);", "DROP TABLE orders;");
        revision("b2", CLIENTS, "create invoices", "CREATE TABLE invoices (id int PRIMARY KEY);",
                "DROP TABLE invoices;");
        revision("m1", "b1, b2", "merge billing", "ALTER TABLE orders ADD COLUMN invoice int REFERENCES invoices;",
                "SELECT 1;");

        VerifyReport report = Verify.of(strata()).run();

        assertThat(report.failures()).containsExactly(new RevisionVerdict("m1", "merge billing", Outcome.FAILED,
                "downgrade of m1 (merge billing) leaves the schema different from before its upgrade: add_column"
                        + " public.orders.invoice integer; add_fk public.orders.orders_invoice_fkey (invoice) ->"
                        + " public.invoices (id)"));
    }

    @Test
    void aRevisionThatDependsOnASiblingBranchIsUndoneAlone() {
        revision(CLIENTS, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY);", "DROP TABLE clients;");
        revision("b1", CLIENTS, "create invoices", "CREATE TABLE invoices (id int PRIMARY KEY);",
                "DROP TABLE invoices;");
        dependentRevision("b2", CLIENTS, "b1", "create orders",
                "CREATE TABLE orders (id int PRIMARY KEY, invoice int REFERENCES invoices);", "DROP TABLE orders;");

        VerifyReport report = Verify.of(strata()).run();

        assertThat(report.revisions()).extracting(RevisionVerdict::outcome)
                .containsExactly(Outcome.OK, Outcome.OK, Outcome.OK);
    }

    @Test
    void javaRevisionsAreVerifiedBesideSqlOnes() {
        revision(CLIENTS, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY);", "DROP TABLE clients;");
        revision(PHONE, "j_email", "add phone column", "ALTER TABLE clients ADD COLUMN phone text;",
                "ALTER TABLE clients DROP COLUMN phone;");

        VerifyReport good = Verify.of(strata(AddEmail.class)).run();
        VerifyReport bad = Verify.of(strata(AddEmailKeptOnDowngrade.class)).run();

        assertThat(good.revisions()).containsExactly(
                new RevisionVerdict(CLIENTS, "create clients", Outcome.OK, null),
                new RevisionVerdict("j_email", "add email in Java", Outcome.OK, null),
                new RevisionVerdict(PHONE, "add phone column", Outcome.OK, null));
        assertThat(bad.failures()).containsExactly(new RevisionVerdict("j_email", "add email in Java",
                Outcome.FAILED, "downgrade of j_email (add email in Java) leaves the schema different from before"
                        + " its upgrade: add_column public.clients.email text"));
    }

    @Test
    void aNonTransactionalRevisionIsVerifiedToo() {
        revision(CLIENTS, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY, email text);",
                "DROP TABLE clients;");
        nonTransactional(EMAIL, CLIENTS, "index emails", "CREATE INDEX CONCURRENTLY clients_email ON clients (email);",
                "DROP INDEX CONCURRENTLY clients_email;");
        nonTransactional(PHONE, EMAIL, "index emails again",
                "CREATE UNIQUE INDEX CONCURRENTLY clients_email_unique ON clients (email);", "SELECT 1;");

        VerifyReport report = Verify.of(strata()).run();

        assertThat(report.revisions()).containsExactly(
                new RevisionVerdict(CLIENTS, "create clients", Outcome.OK, null),
                new RevisionVerdict(EMAIL, "index emails", Outcome.OK, null),
                new RevisionVerdict(PHONE, "index emails again", Outcome.FAILED, "downgrade of 4c5d6e7f8a9b (index"
                        + " emails again) leaves the schema different from before its upgrade: add_index"
                        + " public.clients.clients_email_unique unique (email)"));
    }

    @Test
    void theConfiguredDatabaseIsNeverTouched() throws SQLException {
        linear();
        try (TestDatabase configured = TestPostgres.shared().createDatabase()) {
            Strata strata = Strata.configure().dataSource(configured.dataSource()).locations(dir.toString()).load();

            assertThat(Verify.of(strata).run().passed()).isTrue();

            try (Connection connection = configured.connect(); Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_class c JOIN pg_namespace n"
                            + " ON n.oid = c.relnamespace WHERE n.nspname = 'public'")) {
                row.next();
                assertThat(row.getInt(1)).as("relations in the configured database").isZero();
            }
        }
    }

    @Test
    void revisionsInAConfiguredSchemaPassFromTheFirstOne() {
        linear();
        Strata strata = Strata.configure().locations(dir.toString()).schema("app").load();

        assertThat(Verify.of(strata).run().revisions()).extracting(RevisionVerdict::outcome)
                .containsExactly(Outcome.OK, Outcome.OK, Outcome.OK);
    }

    @Test
    void noRevisionsIsAPassingEmptyReport() {
        VerifyReport report = Verify.of(strata()).run();

        assertThat(report.revisions()).isEmpty();
        assertThat(report.passed()).isTrue();
    }

    /** A Java revision between two SQL ones that undoes what it does. */
    @Revision(id = "j_email", revises = CLIENTS, message = "add email in Java")
    public static final class AddEmail implements JavaRevision {

        @Override
        public void upgrade(Operations op) {
            op.addColumn("clients", Operations.Column.of("email", "text"));
            op.createIndex("clients_email", "clients", "email");
        }

        @Override
        public void downgrade(Operations op) {
            op.dropIndex("clients_email");
            op.dropColumn("clients", "email");
        }
    }

    /** The same, but its downgrade drops the index and forgets the column. */
    @Revision(id = "j_email", revises = CLIENTS, message = "add email in Java")
    public static final class AddEmailKeptOnDowngrade implements JavaRevision {

        @Override
        public void upgrade(Operations op) {
            op.addColumn("clients", Operations.Column.of("email", "text"));
            op.createIndex("clients_email", "clients", "email");
        }

        @Override
        public void downgrade(Operations op) {
            op.dropIndex("clients_email");
        }
    }

    private void linear() {
        revision(CLIENTS, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY);", "DROP TABLE clients;");
        revision(ORDERS, CLIENTS, "create orders", "CREATE TABLE orders (id int PRIMARY KEY, client int REFERENCES"
                + " clients);", "DROP TABLE orders;");
        revision(EMAIL, ORDERS, "add email column", "ALTER TABLE clients ADD COLUMN email text;",
                "ALTER TABLE clients DROP COLUMN email;");
    }

    private Strata strata() {
        return Strata.configure().locations(dir.toString()).load();
    }

    private Strata strata(Class<? extends JavaRevision> javaRevision) {
        return Strata.configure().locations(dir.toString()).javaRevisions(javaRevision).load();
    }

    private Path revision(String id, String down, String message, String upgrade, String downgrade) {
        return write(id, "-- down_revision: " + down + "\n", message, upgrade, downgrade);
    }

    private void dependentRevision(String id, String down, String dependsOn, String message, String upgrade,
            String downgrade) {
        write(id, "-- down_revision: " + down + "\n-- depends_on: " + dependsOn + "\n", message, upgrade, downgrade);
    }

    private void nonTransactional(String id, String down, String message, String upgrade, String downgrade) {
        write(id, "-- down_revision: " + down + "\n-- transactional: false\n", message, upgrade, downgrade);
    }

    private Path write(String id, String headers, String message, String upgrade, String downgrade) {
        Path file = dir.resolve(id + ".sql");
        try {
            Files.writeString(file, "-- revision: " + id + "\n" + headers + "-- message: " + message + "\n\n"
                    + "-- migrate:upgrade\n" + upgrade + "\n\n-- migrate:downgrade\n" + downgrade + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
