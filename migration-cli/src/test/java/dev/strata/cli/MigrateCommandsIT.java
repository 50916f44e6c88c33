package dev.strata.cli;

import static dev.strata.cli.Service.Ids.A;
import static dev.strata.cli.Service.Ids.B;
import static dev.strata.cli.Service.Ids.C;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.test.PostgresExtension;
import dev.strata.test.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code upgrade}, {@code downgrade} and {@code stamp} on a real database: progress, summary, JSON, state. */
@ExtendWith(PostgresExtension.class)
class MigrateCommandsIT {

    @TempDir
    Path dir;

    @Test
    void upgradePrintsALinePerRevisionAsItRunsThenASummary(TestDatabase db) {
        new Service(dir).linear();
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));

        Run plusOne = cli.run("upgrade", "+1").succeeded();

        assertThat(plusOne.stdoutWithoutTimings()).isEqualTo("""
                [1/1] upgrade  -> 1a2b3c4d5e6f, create clients ... done in N ms
                Upgraded to 1a2b3c4d5e6f in N s
                """);
        assertThat(Database.versions(db)).containsExactly(A);
        assertThat(Database.tables(db)).containsExactly("clients", "strata_history", "strata_version");

        Run head = cli.run("upgrade", "head").succeeded();

        assertThat(head.stdoutWithoutTimings()).isEqualTo("""
                [1/2] upgrade 1a2b3c4d5e6f -> 1a9f8e7d6c5b, create orders ... done in N ms
                [2/2] upgrade 1a9f8e7d6c5b -> 3f2a9c1b7d4e, add email column ... done in N ms
                Upgraded to 3f2a9c1b7d4e (head) in N s
                """);
        assertThat(Database.versions(db)).containsExactly(C);
        assertThat(Database.column(db, "SELECT column_name FROM information_schema.columns WHERE table_name ="
                + " 'clients' ORDER BY ordinal_position")).containsExactly("id", "email");

        assertThat(cli.run("upgrade").succeeded().stdout())
                .isEqualTo("Already at 3f2a9c1b7d4e (head); nothing to do\n");
        assertThat(Database.column(db, "SELECT count(*) FROM strata_history")).containsExactly("3");
    }

    @Test
    void downgradeStepsBackAndToBase(TestDatabase db) {
        new Service(dir).linear();
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));
        cli.run("upgrade", "heads").succeeded();

        Run minusOne = cli.run("downgrade", "-1").succeeded();

        assertThat(minusOne.stdoutWithoutTimings()).isEqualTo("""
                [1/1] downgrade 3f2a9c1b7d4e -> 1a9f8e7d6c5b, add email column ... done in N ms
                Downgraded to 1a9f8e7d6c5b in N s
                """);
        assertThat(Database.versions(db)).containsExactly(B);

        Run base = cli.run("downgrade", "base").succeeded();

        assertThat(base.stdoutWithoutTimings()).isEqualTo("""
                [1/2] downgrade 1a9f8e7d6c5b -> 1a2b3c4d5e6f, create orders ... done in N ms
                [2/2] downgrade 1a2b3c4d5e6f -> , create clients ... done in N ms
                Downgraded to base in N s
                """);
        assertThat(Database.versions(db)).isEmpty();
        assertThat(Database.tables(db)).containsExactly("strata_history", "strata_version");
        assertThat(cli.run("downgrade", "base").succeeded().stdout()).isEqualTo("Already at base; nothing to do\n");
    }

    @Test
    void upgradeAndDowngradePrintJsonForScripts(TestDatabase db) {
        new Service(dir).linear();
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));

        Run up = cli.run("--json", "upgrade", "1a9f").succeeded();

        assertThat(up.stdoutWithoutTimings()).isEqualTo("{\"command\":\"upgrade\",\"headsBefore\":[],\"headsAfter\":"
                + "[\"1a9f8e7d6c5b\"],\"steps\":[{\"revision\":\"1a2b3c4d5e6f\",\"direction\":\"upgrade\","
                + "\"description\":\"upgrade  -> 1a2b3c4d5e6f\",\"message\":\"create clients\",\"durationMs\":N},"
                + "{\"revision\":\"1a9f8e7d6c5b\",\"direction\":\"upgrade\",\"description\":\"upgrade 1a2b3c4d5e6f ->"
                + " 1a9f8e7d6c5b\",\"message\":\"create orders\",\"durationMs\":N}]}\n");

        Run down = cli.run("downgrade", "--json", "-1").succeeded();

        assertThat(down.stdoutWithoutTimings()).isEqualTo("{\"command\":\"downgrade\",\"headsBefore\":"
                + "[\"1a9f8e7d6c5b\"],\"headsAfter\":[\"1a2b3c4d5e6f\"],\"steps\":[{\"revision\":\"1a9f8e7d6c5b\","
                + "\"direction\":\"downgrade\",\"description\":\"downgrade 1a9f8e7d6c5b -> 1a2b3c4d5e6f\","
                + "\"message\":\"create orders\",\"durationMs\":N}]}\n");
        assertThat(Database.versions(db)).containsExactly(A);
    }

    @Test
    void stampSetsTheVersionTableWithoutRunningRevisions(TestDatabase db) {
        new Service(dir).linear();
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));

        Run stamp = cli.run("stamp", "1a9f").succeeded();

        assertThat(stamp.stdoutWithoutTimings()).isEqualTo("""
                [1/1] stamp  -> 1a9f8e7d6c5b, create orders ... done in N ms
                Stamped 1a9f8e7d6c5b in N s
                """);
        assertThat(Database.versions(db)).containsExactly(B);
        assertThat(Database.tables(db)).containsExactly("strata_history", "strata_version");

        Database.exec(db, "INSERT INTO strata_version VALUES ('ffffffffffff')");
        Run purge = cli.run("stamp", "--purge", "heads").succeeded();

        assertThat(purge.stdoutWithoutTimings()).isEqualTo("""
                [1/1] stamp  -> 3f2a9c1b7d4e, add email column ... done in N ms
                Stamped 3f2a9c1b7d4e (head) in N s
                """);
        assertThat(Database.versions(db)).containsExactly(C);

        Run json = cli.run("--json", "stamp", "base").succeeded();

        assertThat(json.stdoutWithoutTimings()).isEqualTo("{\"command\":\"stamp\",\"headsBefore\":[\"3f2a9c1b7d4e\"],"
                + "\"headsAfter\":[],\"steps\":[{\"revision\":\"3f2a9c1b7d4e\",\"direction\":\"stamp\","
                + "\"description\":\"stamp 3f2a9c1b7d4e -> \",\"message\":\"add email column\",\"durationMs\":N}]}\n");
        assertThat(Database.versions(db)).isEmpty();
    }

    @Test
    void schemaAndTableNamesComeFromTheOptions(TestDatabase db) {
        new Service(dir).linear();
        Database.exec(db, "CREATE SCHEMA app");
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));

        cli.run("--schema", "app", "--version-table", "app_version", "--history-table", "app_history", "upgrade")
                .succeeded();

        assertThat(Database.column(db, "SELECT version_num FROM app.app_version")).containsExactly(C);
        assertThat(Database.column(db, "SELECT count(*) FROM app.app_history")).containsExactly("3");
        assertThat(Database.exists(db, "app.clients")).isTrue();
        assertThat(Database.tables(db)).isEmpty();
        assertThat(cli.run("--schema", "app", "--version-table", "app_version", "current").succeeded().stdout())
                .isEqualTo(C + " (head)\n");
        assertThat(cli.run("current").succeeded().stdout()).isEmpty();
    }

    @Test
    void inTransactionModeAllTheStepsRunAndCommitTogether(TestDatabase db) {
        new Service(dir).linear().applicationYml("strata:\n  transaction-mode: all\n");
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));

        Run run = cli.run("upgrade", "heads").succeeded();

        assertThat(run.stdoutWithoutTimings()).isEqualTo("""
                [1/3] upgrade  -> 1a2b3c4d5e6f, create clients ... ran
                [2/3] upgrade 1a2b3c4d5e6f -> 1a9f8e7d6c5b, create orders ... ran
                [3/3] upgrade 1a9f8e7d6c5b -> 3f2a9c1b7d4e, add email column ... ran
                Upgraded to 3f2a9c1b7d4e (head) in N s
                """);
        assertThat(Database.versions(db)).containsExactly(C);
    }

    @Test
    void engineWarningsReachStderrAsOneLine(TestDatabase db) {
        Service service = new Service(dir).linear().applicationYml("strata.validate-checksums: warn\n");
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));
        cli.run("upgrade", "+1").succeeded();
        Path edited = service.revision(A, "", "create clients", "CREATE TABLE clients (id bigint PRIMARY KEY);",
                "DROP TABLE clients;");

        Run run = cli.run("upgrade", "+1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).startsWith("[WARN] MigrationRunner - Checksum mismatch: revision " + A + " ("
                + edited + ")").doesNotContain("\tat ").hasLineCount(1);
        assertThat(Database.versions(db)).containsExactly(B);
    }

    @Test
    void aFailingRevisionStopsTheRunWithOneLine(TestDatabase db) {
        Service service = new Service(dir).linear();
        Path broken = service.revision("4b", C, "add index", "CREATE INDEX clients_email ON clients (emial);", "");
        Cli cli = Cli.in(dir).withEnv("DATABASE_URL", Database.url(db));

        Run run = cli.run("upgrade", "heads").failedWith("Revision 4b (" + broken + ", line 8) failed during upgrade:"
                + " ERROR: column \"emial\" does not exist; Statement: CREATE INDEX clients_email ON clients (emial);"
                + " The revision was rolled back; the version table does not record it. Fix the revision, then run the"
                + " command again.");

        assertThat(run.stdoutWithoutTimings()).isEqualTo("""
                [1/4] upgrade  -> 1a2b3c4d5e6f, create clients ... done in N ms
                [2/4] upgrade 1a2b3c4d5e6f -> 1a9f8e7d6c5b, create orders ... done in N ms
                [3/4] upgrade 1a9f8e7d6c5b -> 3f2a9c1b7d4e, add email column ... done in N ms
                [4/4] upgrade 3f2a9c1b7d4e -> 4b, add index ... FAILED
                """);
        assertThat(Database.versions(db)).containsExactly(C);
    }
}
