package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.cli.Service.Ids;
import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata verify} as a CI job runs it in a service folder: a line per revision, a summary, exit 0 when every
 * revision goes down and up again cleanly, exit 1 with a {@code FAILED:} line naming the ones that do not; the
 * configured database is never touched.
 */
@ExtendWith(PostgresExtension.class)
class VerifyIT {

    private static final String PHONE = "4c5d6e7f8a9b";

    @TempDir
    Path dir;

    @Test
    void revisionsThatUndoThemselvesPassAndTheConfiguredDatabaseIsLeftAlone(TestDatabase db) {
        new Service(dir).linear();

        Run run = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db)).run("verify").succeeded();

        assertThat(run.stdout()).isEqualTo("""
                [1/3] 1a2b3c4d5e6f create clients ... ok
                [2/3] 1a9f8e7d6c5b create orders ... ok
                [3/3] 3f2a9c1b7d4e add email column ... ok
                Verified 3 revisions: 3 ok
                """);
        assertThat(Database.tables(db)).as("tables of the configured database").isEmpty();
    }

    @Test
    void aDowngradeThatLeavesAColumnFailsTheRunAndNamesTheRevision() {
        Service service = new Service(dir);
        service.revision(Ids.A, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY);",
                "DROP TABLE clients;");
        service.revision(Ids.B, Ids.A, "purge clients", "DELETE FROM clients;", "-- irreversible");
        service.revision(Ids.C, Ids.B, "add email column", "ALTER TABLE clients ADD COLUMN email varchar(255);",
                "SELECT 1;");
        service.revision(PHONE, Ids.C, "add phone column", "ALTER TABLE clients ADD COLUMN phone text;",
                "ALTER TABLE clients DROP COLUMN phone;");

        Run run = Cli.in(dir).run("verify").failedWith("Verification failed for 1 of 4 revisions: 3f2a9c1b7d4e"
                + " (add email column)");

        assertThat(run.stdout()).isEqualTo("""
                [1/4] 1a2b3c4d5e6f create clients ... ok
                [2/4] 1a9f8e7d6c5b purge clients ... irreversible: upgraded only
                [3/4] 3f2a9c1b7d4e add email column ... FAILED
                  downgrade of 3f2a9c1b7d4e (add email column) leaves the schema different from before its upgrade: \
                add_column public.clients.email character varying(255)
                [4/4] 4c5d6e7f8a9b add phone column ... ok
                Verified 4 revisions: 2 ok, 1 irreversible, 1 failed
                """);
    }

    @Test
    void anUpgradeThatFailsSkipsWhatNeedsItAndJsonSaysSoToo() throws IOException {
        Service service = new Service(dir);
        service.revision(Ids.A, "", "create clients", "CREATE TABLE clients (id int PRIMARY KEY);",
                "DROP TABLE clients;");
        Path broken = service.revision(Ids.B, Ids.A, "index emails", "CREATE INDEX clients_email ON clients (email);",
                "DROP INDEX clients_email;");
        service.revision(Ids.C, Ids.B, "add email column", "ALTER TABLE clients ADD COLUMN email text;",
                "ALTER TABLE clients DROP COLUMN email;");
        String failure = "Revision 1a9f8e7d6c5b (" + broken.toRealPath() + ", line 8) failed during upgrade: ERROR:"
                + " column \"email\" does not exist";

        Run text = Cli.in(dir).run("verify").failedWith("Verification failed for 1 of 3 revisions: 1a9f8e7d6c5b"
                + " (index emails); not run, as they need a failed one: 3f2a9c1b7d4e (add email column)");
        Run json = Cli.in(dir).run("--json", "verify").failedWith("Verification failed for 1 of 3 revisions:"
                + " 1a9f8e7d6c5b (index emails); not run, as they need a failed one: 3f2a9c1b7d4e (add email column)");

        assertThat(text.stdout()).isEqualTo("""
                [1/3] 1a2b3c4d5e6f create clients ... ok
                [2/3] 1a9f8e7d6c5b index emails ... FAILED
                  upgrade of 1a9f8e7d6c5b (index emails) failed: %s; Statement: CREATE INDEX clients_email ON \
                clients (email); The revision was rolled back; the version table does not record it.
                [3/3] 3f2a9c1b7d4e add email column ... skipped
                  not run: it needs 1a9f8e7d6c5b (index emails), which does not upgrade
                Verified 3 revisions: 1 ok, 1 failed, 1 skipped
                """.formatted(failure));
        assertThat(json.stdout()).isEqualTo("{\"command\":\"verify\",\"passed\":false,\"revisions\":["
                + "{\"revision\":\"1a2b3c4d5e6f\",\"message\":\"create clients\",\"outcome\":\"ok\",\"detail\":null},"
                + "{\"revision\":\"1a9f8e7d6c5b\",\"message\":\"index emails\",\"outcome\":\"failed\",\"detail\":"
                + "\"upgrade of 1a9f8e7d6c5b (index emails) failed: " + failure.replace("\"", "\\\"")
                + "\\n  Statement: CREATE INDEX clients_email ON clients (email)\\n  The revision was rolled back; the"
                + " version table does not record it.\"},"
                + "{\"revision\":\"3f2a9c1b7d4e\",\"message\":\"add email column\",\"outcome\":\"skipped\",\"detail\":"
                + "\"not run: it needs 1a9f8e7d6c5b (index emails), which does not upgrade\"}]}\n");
    }

    @Test
    void aServiceWithoutRevisionsHasNothingToVerify() throws IOException {
        Files.createDirectories(new Service(dir).revisions());

        Run run = Cli.in(dir).run("verify").succeeded();

        assertThat(run.stdout()).isEqualTo("No revisions to verify\n");
    }
}
